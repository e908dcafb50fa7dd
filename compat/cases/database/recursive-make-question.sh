#| normalise: database
# -q passed to a sub-make through MAKEFLAGS; the + line runs the sub-make, which prints its
# data base too.
mkdir sub
printf 'inner: ; @echo inner\n' > sub/Makefile
cat > Makefile <<'MK'
all:
	+@$(MAKE) -C sub
MK
make -rR -p -q; echo "exit=$?"
