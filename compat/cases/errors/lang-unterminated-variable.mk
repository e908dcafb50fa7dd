# unterminated variable
$(info $(abc)
all: ; @:
