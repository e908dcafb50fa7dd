# $(MAKE) -f other.mk in the same directory still prints Entering/Leaving lines (sub-makes imply -w).
printf 'inner:\n\t@echo inner $(MAKELEVEL)\n' > other.mk
printf 'outer:\n\t@$(MAKE) -f other.mk\n' > Makefile
make; echo "exit=$?"
