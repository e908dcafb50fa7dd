#| args: -rR -p
#| normalise: database
# $(error) while reading the makefile stops make; the dump follows.
A = a
all: ; @:
$(error stopped here)
