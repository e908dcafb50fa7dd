# --help prints GNU usage then xmake options: a known difference
#| args: -h
#| known-difference: xmake --help adds a second group listing its own options
all: ; @: