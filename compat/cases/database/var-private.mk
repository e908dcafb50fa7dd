#| args: -rR -p -q
#| normalise: database
# private global and target-specific variables.
private GLOBAL = not inherited
all: private SECRET = hidden
all: VISIBLE = seen
%.x: private PAT = pattern
all: dep ; @:
dep: ; @:
