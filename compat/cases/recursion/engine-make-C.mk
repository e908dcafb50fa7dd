#| setup: mkdir sub; printf 'all:\n\t@echo in sub $$MAKELEVEL\n' > sub/Makefile
all:
	$(MAKE) -C sub
