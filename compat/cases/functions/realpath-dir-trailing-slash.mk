# $(realpath) and $(abspath) of a directory with a trailing slash and of an empty argument.
#| setup: mkdir -p d
$(info [$(realpath d/)] [$(abspath d/)] [$(realpath )] [$(abspath )] [$(dir ..)] [$(notdir ..)])
all: ; @:
