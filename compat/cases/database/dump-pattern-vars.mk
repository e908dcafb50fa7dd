# -p: pattern-specific variables, one block per variable.
#| args: -p -r -R
#| normalise: database
%.o: A = a
%.o: B += b
%.x %.y: override C := c
lib/%: private D = d
all: ; @:
