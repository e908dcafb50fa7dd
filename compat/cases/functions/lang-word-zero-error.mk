# word zero error
$(info $(word 0,a))
all: ; @:
