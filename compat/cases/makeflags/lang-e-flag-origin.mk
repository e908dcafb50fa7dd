# e flag origin
#| args: -e
$(info $(origin MAKEFLAGS))
all: ; @:
