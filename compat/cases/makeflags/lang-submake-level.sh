# submake level
mkdir sub
printf 'all:\n\t@echo level $(MAKELEVEL) $$MAKELEVEL\n' > sub/Makefile
printf 'all:\n\t@echo top $(MAKELEVEL)\n\t@$(MAKE) -C sub\n' > Makefile
make; echo "exit=$?"