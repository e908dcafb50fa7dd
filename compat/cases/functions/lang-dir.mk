# dir
$(info $(dir src/foo.c hacks /abs/x ./y))
all: ; @:
