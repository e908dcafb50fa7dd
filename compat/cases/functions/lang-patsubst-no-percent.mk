# patsubst no percent
$(info $(patsubst a,b,a aa a))
all: ; @:
