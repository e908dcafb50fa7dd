# submake error prefix
mkdir sub
printf 'all:\n\t@echo $(error sub failed)\n' > sub/Makefile
printf 'all:\n\t@$(MAKE) -s -C sub\n' > Makefile
make; echo "exit=$?"