# The exact environment a recipe sees by default (MAKEFLAGS, MAKELEVEL, MFLAGS are added; PWD comes from sh).
all:
	@env | LC_ALL=C sort
