# notdir
$(info $(notdir src/foo.c hacks dir/))
all: ; @:
