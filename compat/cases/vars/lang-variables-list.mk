# variables list
myvar = 1
$(info $(filter myvar,$(.VARIABLES)))
all: ; @:
