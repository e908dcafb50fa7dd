# $(MAKE) is the name make was invoked with; a path given to make shows up in $(MAKE).
printf 'all:\n\t@echo MAKE=$(MAKE)\n' > Makefile
make; echo "exit=$?"
