#| args: -rR -p -q
#| normalise: database
# Duplicate prerequisites, the same prerequisite as normal and order-only, prerequisites added
# by a later rule without a recipe.
all: a b a c | b d
all: e a
a b c d e: ; @:
