# An explicit target-specific value beats a pattern-specific one for the same variable.
%.o: V = pattern
a.o: V = target
all: a.o b.o ; @:
a.o b.o: ; @echo $@ V=$(V)
