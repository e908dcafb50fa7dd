# call simple var
f := $(1)x
$(info [$(call f,a)])
all: ; @:
