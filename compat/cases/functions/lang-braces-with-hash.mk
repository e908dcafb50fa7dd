# braces with hash
y := ${subst #,z,a#b} c
$(info [$(y)])
all: ; @:
