# an option word with = in MAKEFLAGS is not a variable assignment
#| env: MAKEFLAGS= --debug=n
all: ; @echo flags=[$(MAKEFLAGS)] [$(origin --debug)]
