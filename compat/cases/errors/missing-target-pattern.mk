# A static pattern rule with an empty target pattern: "missing target pattern".
all: a.o
a.o: : %.c ; @:
