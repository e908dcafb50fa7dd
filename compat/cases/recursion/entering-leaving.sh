# $(MAKE) -C sub prints "make[1]: Entering/Leaving directory" lines (manual 5.7).
mkdir sub
printf 'all:\n\t@echo in sub\n' > sub/Makefile
printf 'all:\n\t@$(MAKE) -C sub\n\t@echo back\n' > Makefile
make; echo "exit=$?"
