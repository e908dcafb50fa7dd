# subst ref computed
n = x
x = a.c
$(info $($(n):.c=.o))
all: ; @:
