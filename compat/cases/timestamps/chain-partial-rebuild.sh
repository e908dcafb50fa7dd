# Only targets downstream of a changed file are rebuilt.
cat > Makefile <<'M'
all: a.out b.out
a.out: a.in ; @echo build a; touch -d '2020-06-01 00:00:00' $@
b.out: b.in ; @echo build b; touch -d '2020-06-01 00:00:00' $@
M
touch -d '2020-01-01 00:00:00' a.in b.in
touch -d '2020-02-01 00:00:00' a.out b.out
make; echo "exit=$?"
touch -d '2020-03-01 00:00:00' b.in
make; echo "exit=$?"
