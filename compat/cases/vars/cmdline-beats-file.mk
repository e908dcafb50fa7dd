# A command-line variable ignores ordinary makefile assignments, including += and ?=.
#| args: V=cli
V = file
V += more
V ?= maybe
$(info V=$(V))
all: ; @:
