# include no names
include
$(info ok)
all: ; @:
