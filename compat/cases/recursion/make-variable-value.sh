# $(MAKE) is the name make was invoked with (here "make" found on PATH).
printf 'all:\n\t@echo MAKE=$(MAKE)\n' > Makefile
make; echo "exit=$?"
