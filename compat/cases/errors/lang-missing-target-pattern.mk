# missing target pattern
a.o: : %.c ; @:
