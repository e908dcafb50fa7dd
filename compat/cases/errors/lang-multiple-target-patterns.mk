# multiple target patterns
a.o: %.o %.x: %.c ; @:
all: ; @:
