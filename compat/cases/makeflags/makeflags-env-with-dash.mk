# MAKEFLAGS from the environment in the dashed form "-s -- V=fromflags": flag and variable assignment both apply.
#| env: MAKEFLAGS=-s -- V=fromflags
all:
	echo V=$(V)
