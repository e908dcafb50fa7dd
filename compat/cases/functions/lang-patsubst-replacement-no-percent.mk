# patsubst replacement no percent
$(info $(patsubst %.c,x,a.c b.h))
all: ; @:
