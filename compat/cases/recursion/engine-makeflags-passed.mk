#| setup: mkdir sub; printf 'all:\n\t@echo [$(MAKEFLAGS)]\n' > sub/Makefile
all:
	@$(MAKE) -k -C sub
