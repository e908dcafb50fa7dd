# join
$(info $(join a b c,.c .o))
all: ; @:
