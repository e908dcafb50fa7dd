#| setup: touch a.c
all: a.o
a.o: extra.h
%.o: %.c
	@echo "$@ <[$<] ^[$^]"
extra.h:
	@echo header
