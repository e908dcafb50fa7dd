#| args: -n
#| setup: mkdir sub; printf 'all:\n\t@echo sub ran\n' > sub/Makefile
all:
	+@cd sub && make -s
