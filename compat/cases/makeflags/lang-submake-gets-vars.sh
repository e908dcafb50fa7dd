# submake gets vars
mkdir sub
printf 'all:\n\t@echo sub V=$(V) $(origin V) [$$MAKEFLAGS]\n' > sub/Makefile
printf 'all:\n\t@$(MAKE) -C sub\n' > Makefile
make -k V=top; echo "exit=$?"