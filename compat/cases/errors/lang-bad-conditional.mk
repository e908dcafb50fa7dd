# bad conditional
ifeq (a
endif
all: ; @:
