# eval error no location
#| args: --eval='bogus'
all: ; @: