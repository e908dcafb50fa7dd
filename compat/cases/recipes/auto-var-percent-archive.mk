# $% is the member name of an archive-member target lib.a(mem.o); $@ is the archive (-n shows the lines).
#| args: -n
all: lib.a(mem.o) ; @:
lib.a(mem.o): ; echo '@=$@ %=$%'
