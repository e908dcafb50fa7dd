#| normalise: database
# An archive member target lib.a(m.o) and the archive itself.
cat > Makefile <<'MK'
all: lib.a(m.o)
lib.a(m.o): m.o
	@echo add $% to $@
m.o: ; @:
MK
make -rR -p -q; echo "exit=$?"
