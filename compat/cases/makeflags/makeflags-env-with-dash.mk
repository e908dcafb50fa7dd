# MAKEFLAGS from the environment in the "-s -n" form, and a variable assignment in it.
#| env: MAKEFLAGS=-s -- V=fromflags
all:
	echo V=$(V)
