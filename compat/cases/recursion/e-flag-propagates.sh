# -e propagates to sub-makes via MAKEFLAGS: the environment beats the sub-makefile's assignment.
mkdir sub
printf 'V = sub-file\nall:\n\t@echo sub V=$(V) $(origin V)\n' > sub/Makefile
printf 'all:\n\t@$(MAKE) -s -C sub\n' > Makefile
V=env make; echo "exit=$?"
V=env make -e; echo "exit=$?"
