# MAKELEVEL from the environment makes this a "sub-make": Entering/Leaving lines and "w" in MAKEFLAGS.
#| env: MAKELEVEL=1
all: ; @echo level=$(MAKELEVEL) flags=[$(MAKEFLAGS)]
