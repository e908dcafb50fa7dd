# A static pattern rule whose target pattern lacks %.
objs = a.o
$(objs): foo.o: %.c ; @:
