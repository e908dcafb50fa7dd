# Pattern-specific variables combine with pattern rules: most specific (shortest stem) applies.
%.o: FLAG = any
special%.o: FLAG = special
%.o: ; @echo $@ $(FLAG)
all: specialx.o plain.o ; @:
.DEFAULT_GOAL := all
