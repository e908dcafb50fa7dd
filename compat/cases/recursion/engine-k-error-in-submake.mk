#| args: -k
#| setup: mkdir sub; printf 'all:\n\t@false\n' > sub/Makefile
all: one two
one:
	@$(MAKE) -C sub
two:
	@echo two
