# insufficient args
$(info $(patsubst a))
all: ; @:
