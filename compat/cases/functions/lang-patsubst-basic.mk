# patsubst basic
$(info $(patsubst %.c,%.o,x.c.c bar.c baz.h))
all: ; @:
