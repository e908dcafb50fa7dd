# version long
#| args: --version
all: ; @: