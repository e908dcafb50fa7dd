# A pattern-specific += appends to the global value; target-specific += then appends to that.
CFLAGS = -O2
%.o: CFLAGS += -fpic
x.o: CFLAGS += -g
all: x.o y.o ; @:
x.o y.o: ; @echo $@ [$(CFLAGS)]
