# Order-only prerequisites in pattern rules get the stem too.
%.o: %.c | %.d ; @echo '$@ ^=[$^] |=[$|]'
%.c %.d: ; @:
all: x.o ; @:
.DEFAULT_GOAL := all
