# An ignored error prints "make: [Makefile:N: t] Error 1 (ignored)" on stderr and continues.
all:
	-@false
	@echo done
