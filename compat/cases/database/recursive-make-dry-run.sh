#| normalise: database
# -n with a $(MAKE) line: the sub-make still runs (with n in MAKEFLAGS) and prints its dump.
cat > Makefile <<'MK'
all:
	$(MAKE) -f sub.mk VAR=given
	echo not run
MK
cat > sub.mk <<'MK'
x: ; @echo sub $(VAR)
MK
make -rR -p -n; echo "exit=$?"
