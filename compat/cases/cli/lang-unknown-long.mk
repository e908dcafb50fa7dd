# unknown long
#| args: --frobnicate
all: ; @: