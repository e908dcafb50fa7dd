# lib.a(a.o b.o) stands for lib.a(a.o) lib.a(b.o), in prerequisites and in targets (manual 11.1).
#| setup: touch a.o b.o
#| args: -n
all: lib.a(a.o b.o) lib.a( c.o )
lib.a(c.o x.o): ; echo '$@ $%'
