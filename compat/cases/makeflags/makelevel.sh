# MAKELEVEL is 0 at top level and increments in sub-makes; it is exported (manual 5.7.3).
mkdir sub
printf 'all:\n\t@echo sub level $(MAKELEVEL) env $$MAKELEVEL\n' > sub/Makefile
printf 'all:\n\t@echo top level $(MAKELEVEL) env $$MAKELEVEL\n\t@$(MAKE) -s -C sub\n' > Makefile
make -s; echo "exit=$?"
