#| args: -rR -p -j1 -q
#| normalise: database
# -j1 in MAKEFLAGS and MFLAGS.
all: a b
a b: ; @:
