# ambiguous long
#| args: --no
all: ; @: