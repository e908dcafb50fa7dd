#| args: -n
#| setup: mkdir sub; printf 'all:\n\ttouch made\n' > sub/Makefile
all:
	$(MAKE) -C sub
	touch top
