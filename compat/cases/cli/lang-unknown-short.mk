# unknown short
#| args: -Z
all: ; @: