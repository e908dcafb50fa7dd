# static no percent
a.o: foo: bar ; @:
all: ; @:
