# The header-dependency idiom: touching a header rebuilds only objects that include it.
cat > Makefile <<'M'
all: a.o b.o
%.o: %.c
	@echo compile $@
	@touch $@
a.o: common.h
M
touch -d '2020-01-01 00:00:00' a.c b.c common.h
touch -d '2020-01-02 00:00:00' a.o b.o
make; echo "exit=$?"
touch -d '2020-01-03 00:00:00' common.h
make; echo "exit=$?"
