# word
$(info $(word 2,foo bar baz) [$(word 9,foo)])
all: ; @:
