# subst ref only word ends
x = a.c.c b.cc
$(info $(x:.c=.o))
all: ; @:
