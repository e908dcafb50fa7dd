# $(filter-out) with several % patterns and exact words.
$(info [$(filter-out %.o %.a main.c,main.c util.c util.o lib.a x.h)])
all: ; @:
