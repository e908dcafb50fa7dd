# word spaces number
$(info $(word  2 ,a b c))
all: ; @:
