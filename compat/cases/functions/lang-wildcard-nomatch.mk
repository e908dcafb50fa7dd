# wildcard nomatch
$(info [$(wildcard *.nothere)])
all: ; @:
