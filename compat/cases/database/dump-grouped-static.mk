# -p: grouped targets list what they also make; static pattern rules show their stem.
#| args: -p -r
#| normalise: database
all: a c.o d.o
a b &: ; @echo ab
c.o d.o: %.o: %.src ; @echo $*
c.src d.src: ; @:
