# addprefix
$(info $(addprefix src/,foo bar))
all: ; @:
