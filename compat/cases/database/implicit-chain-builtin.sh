#| normalise: database
# The built-in rules find x.o from x.c under -n: the implicit search state, the stem, the
# automatic variables of the chosen rule.
touch -d '2020-01-01 00:00:00' x.c
printf 'all: x.o\n' > Makefile
make -p -n; echo "exit=$?"
