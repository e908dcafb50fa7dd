#| normalise: database
# vpath with only a pattern clears that pattern's paths; a bare vpath clears them all.
cat > Makefile <<'MK'
vpath %.c src
vpath %.h inc
vpath %.x xdir
vpath %.c
all: ; @:
MK
make -rR -p -q; echo "exit=$?"
cat > Makefile <<'MK'
vpath %.c src
vpath
VPATH := one
all: ; @:
MK
make -rR -p -q; echo "exit=$?"
