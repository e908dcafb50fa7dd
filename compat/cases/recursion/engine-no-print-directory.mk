#| setup: mkdir sub; printf 'all:\n\t@echo in sub\n' > sub/Makefile
all:
	@$(MAKE) --no-print-directory -C sub
