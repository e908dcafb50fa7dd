#| args: -rR -p -q
#| normalise: database
#| env: SHELL=/bin/false
#| env: MAKEFILES=
#| env: MAKELEVEL=3
#| env: WEIRD=a $(b) $$c # d
#| env: EMPTY=
# Environment values make treats specially (SHELL is not imported, MAKELEVEL is), and values
# with $ and # that are printed as they are.
all: ; @:
