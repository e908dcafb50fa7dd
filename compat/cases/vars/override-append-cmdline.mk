# override += appends to a command-line value (manual 6.7).
#| args: CFLAGS=-g
override CFLAGS += -Wall
$(info CFLAGS=$(CFLAGS) origin=$(origin CFLAGS))
all: ; @:
