#| setup: mkdir sub; printf 'all:\n\t@echo $$MAKELEVEL\n' > sub/Makefile
all:
	@$(MAKE) -s -C sub
