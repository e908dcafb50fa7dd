# .VARIABLES lists defined variables; filter to the ones this makefile defines.
mine_one = 1
mine_two := 2
$(info $(sort $(filter mine_%,$(.VARIABLES))))
all: ; @:
