# default var R
#| args: -R
$(info [$(CC)] $(origin CC))
all: ; @:
