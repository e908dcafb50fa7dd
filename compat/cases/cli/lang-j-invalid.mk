# j invalid
#| args: -jx
all: ; @: