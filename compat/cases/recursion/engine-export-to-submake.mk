#| setup: mkdir sub; printf 'all:\n\t@echo [$(V)] [$(W)]\n' > sub/Makefile
export V = exported
W = notexported
all:
	@$(MAKE) -C sub
