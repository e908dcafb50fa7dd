#| args: -rR -p -q
#| normalise: database
# Pattern-specific variables, in the "# Pattern-specific Variable Values" section.
%.o: CFLAGS = -O2
%.o: CFLAGS += -g
%.o: override OPT := 3
lib%.a: private NAME = lib
dir/%: export DIRVAR = in-dir
%: ANY = any
all: x.o libz.a ; @:
x.o libz.a: ; @:
