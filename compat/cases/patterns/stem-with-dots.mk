# A stem may contain dots: %.o matching lib.v2.o gives stem lib.v2.
#| setup: touch lib.v2.c
all: lib.v2.o ; @:
%.o: %.c ; @echo stem=$*
