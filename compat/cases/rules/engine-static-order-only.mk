all: x.o
x.o: %.o: %.c | dir
	@echo "$^ | $|"
x.c dir:
	@:
