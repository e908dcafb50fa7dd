# j zero
#| args: -j0
all: ; @: