#| normalise: database
# -t touches the targets that are out of date; the dump follows the touch.
touch -d '2020-01-01 00:00:00' a
touch -d '2020-01-02 00:00:00' src
cat > Makefile <<'MK'
all: a b
a: src ; @echo never
b: ; @echo never
.PHONY: all
MK
make -rR -p -t; echo "exit=$?"
ls
