# addsuffix
$(info $(addsuffix .c,foo bar))
all: ; @:
