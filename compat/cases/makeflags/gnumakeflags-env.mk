# GNUMAKEFLAGS from the environment is parsed like MAKEFLAGS, merged into MAKEFLAGS, and removed from the recipe environment.
#| env: GNUMAKEFLAGS=-s
all:
	echo silent via GNUMAKEFLAGS flags=[$(MAKEFLAGS)] [$$GNUMAKEFLAGS]
