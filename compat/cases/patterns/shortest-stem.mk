# When several pattern rules match, the one with the shortest stem wins (4.3 rule-selection).
%.o: ; @echo generic for $@ stem=$*
lib/%.o: ; @echo lib rule for $@ stem=$*
all: lib/x.o x.o ; @:
.DEFAULT_GOAL := all
