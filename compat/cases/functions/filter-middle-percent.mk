# A % in the middle of a filter/patsubst pattern: prefix and suffix must both match.
$(info [$(filter a%z,az abz abc zaz)] [$(patsubst a%z,<%>,az abz abc)])
all: ; @:
