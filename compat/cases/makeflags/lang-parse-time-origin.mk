# parse time origin
$(info $(origin MAKEFLAGS) $(flavor MAKEFLAGS) $(origin MFLAGS))
all: ; @:
