all: d/a.o
d/a.o: d/%.o: %.c
	@echo $@ $< $*
a.c:
	@:
