# subst ref braces
x = a.c
$(info ${x:.c=.o})
all: ; @:
