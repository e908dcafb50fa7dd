#| known-difference: the driver prints Entering/Leaving directory lines under -q (GNU does not); lang owns the driver
#| args: -q
#| setup: mkdir sub; printf 'all:\n\ttouch made\n' > sub/Makefile
all:
	@$(MAKE) -C sub
