# A rule for Makefile itself: if it is remade, make restarts with the new contents.
cat > Makefile.in <<'M'
all: ; @echo new makefile
Makefile: Makefile.in ; @echo regenerating; cp Makefile.in Makefile
M
cat > Makefile <<'M'
all: ; @echo old makefile
Makefile: Makefile.in ; @echo regenerating; cp Makefile.in Makefile
M
touch -d '2020-01-01 00:00:00' Makefile
touch -d '2020-01-02 00:00:00' Makefile.in
make; echo "exit=$?"
make; echo "exit=$?"
