# `.EXTRA_PREREQS` is looked up when reading ends (GNU's snap_file): a file with
# target-specific variables of its own takes only its own value (`a.o` has another
# variable: no extra prerequisites, not even the global ones; `c.o` its own), other
# targets the global value; a pattern-specific value never counts (`d.x`).
.EXTRA_PREREQS = g.h
all: a.o b.o c.o d.x
a.o: Y = 1
c.o: .EXTRA_PREREQS = c.h
%.x: .EXTRA_PREREQS = p.h
g.h c.h p.h: ; @echo making $@
a.o b.o c.o d.x: ; @echo '$@ [$^] [$(.EXTRA_PREREQS)]'
