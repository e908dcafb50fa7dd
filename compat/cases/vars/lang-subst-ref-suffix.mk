# subst ref suffix
src = a.c b.c c.h
$(info $(src:.c=.o))
all: ; @:
