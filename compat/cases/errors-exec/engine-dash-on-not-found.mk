all:
	-nosuchprog-zz
	@echo continued
