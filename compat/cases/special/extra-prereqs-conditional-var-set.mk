# A target-specific `?=` that finds the variable defines nothing, but GNU gave the file a
# variable set: `.EXTRA_PREREQS` is then looked up there only, so `a.o` gets none of
# the global ones while `b.o` does.
.EXTRA_PREREQS = g.h
X = 1
all: a.o b.o
a.o: X ?= 2
g.h: ; @echo making $@
a.o b.o: ; @echo $@
