# version
#| args: -v
all: ; @: