all: a.o
a.o: %.o: %.c %.h
	@echo $^
a.c a.h:
	@:
