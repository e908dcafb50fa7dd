# A makefile "+=" on a command-line variable is ignored without override.
#| args: CFLAGS=-O2
CFLAGS += -g
all: ; @echo CFLAGS=$(CFLAGS)
