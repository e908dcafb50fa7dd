#| setup: mkdir sub; printf 'all:\n\t@false\n' > sub/Makefile
all:
	@$(MAKE) -C sub
	@echo not reached
