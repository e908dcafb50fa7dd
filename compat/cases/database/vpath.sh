#| normalise: database
# vpath directives and the VPATH variable in the "# VPATH Search Paths" section, and files
# found through them (their entries show the path they were found at).
mkdir -p src inc lib other
echo 'int x;' > src/main.c
echo '#define X' > inc/defs.h
touch -d '2020-01-01 00:00:00' src/main.c inc/defs.h
cat > Makefile <<'MK'
vpath %.c src
vpath %.h inc:other
vpath %.a lib
vpath %.c other
VPATH = lib other:src
all: main.o
main.o: main.c defs.h
	@echo compile $<
MK
make -rR -p -q; echo "exit=$?"
