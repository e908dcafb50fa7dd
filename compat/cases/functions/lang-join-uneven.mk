# join uneven
$(info $(join a,1 2 3))
all: ; @:
