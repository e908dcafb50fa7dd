#| args: V=top
#| setup: mkdir sub; printf 'all:\n\t@echo [$(V)]\n' > sub/Makefile
all:
	@$(MAKE) -C sub
