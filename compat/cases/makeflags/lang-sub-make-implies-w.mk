# sub make implies w
#| env: MAKELEVEL=2
all: ; @echo level=$(MAKELEVEL) flags=[$(MAKEFLAGS)]
