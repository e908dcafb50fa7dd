# When several pattern-specific values match, the shortest stem wins (manual 6.12, 4.3 behaviour).
%.o: V = generic
lib/%.o: V = lib
all: lib/a.o b.o
lib/a.o b.o:
	@echo $@ V=$(V)
