# missing argument
#| args: -f
all: ; @: