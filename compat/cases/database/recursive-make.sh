#| normalise: database
# A recursive $(MAKE) under -p: each level prints its own data base; MAKELEVEL, MAKEFLAGS and
# the directory lines of the sub-make.
mkdir sub
cat > sub/Makefile <<'MK'
SUBVAR = in sub
sub-all: ; @echo in sub
MK
cat > Makefile <<'MK'
export TOP = top
all:
	@$(MAKE) -C sub
	@echo back
MK
make -rR -p; echo "exit=$?"
