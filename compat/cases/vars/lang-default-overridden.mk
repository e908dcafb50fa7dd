# default overridden
CC = mycc
$(info [$(CC)] $(origin CC))
all: ; @:
