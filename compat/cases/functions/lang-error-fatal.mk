# error fatal
$(error stop here)
$(info not reached)
all: ; @:
