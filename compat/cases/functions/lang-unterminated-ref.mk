# unterminated ref
x = $(y
$(info $(x))
all: ; @:
