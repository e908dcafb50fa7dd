# dash include glob nomatch
-include *.nothere
$(info ok)
all: ; @:
