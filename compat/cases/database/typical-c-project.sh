#| normalise: database
# A small C project with the built-in rules: what `make -pn | grep` users look at (CFLAGS,
# the chosen %.o: %.c rule, stems and automatic variables of each object).
mkdir -p src include
touch -d '2020-01-01 00:00:00' src/main.c src/util.c include/util.h
cat > Makefile <<'MK'
CC = gcc
CFLAGS ?= -O2 -Wall
CPPFLAGS += -Iinclude
SRCS := $(wildcard src/*.c)
OBJS := $(SRCS:.c=.o)
prog: $(OBJS)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)
src/main.o: include/util.h
clean:
	rm -f prog $(OBJS)
.PHONY: clean
MK
make -pn; echo "exit=$?"
