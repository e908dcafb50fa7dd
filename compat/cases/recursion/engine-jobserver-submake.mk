#| args: -j2
#| setup: mkdir sub; printf 'all: a b\na:\n\t@echo a\nb: a\n\t@echo b\n' > sub/Makefile
all:
	@$(MAKE) -C sub
