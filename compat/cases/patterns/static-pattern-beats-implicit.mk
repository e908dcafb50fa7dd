# A static pattern rule with a missing prerequisite fails; no implicit rule search for it.
all: a.o
a.o: %.o: %.src ; @echo never
