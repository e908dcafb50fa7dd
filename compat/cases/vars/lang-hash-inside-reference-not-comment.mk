# # inside a variable reference does not start a comment
x := a#b
y := $(subst #,z,a#b)
$(info [$(x)] [$(y)])
all: ; @:
