#| normalise: database
# -o (old file) and -W (what-if) under -n.
touch -d '2020-01-01 00:00:00' a.in b.in
touch -d '2020-01-02 00:00:00' a.out b.out
cat > Makefile <<'MK'
all: a.out b.out
a.out: a.in ; @echo remake $@
b.out: b.in ; @echo remake $@
MK
make -rR -p -n -o a.in -W b.in; echo "exit=$?"
