# Several patterns match: the more specific stem is applied last, but a plain assignment
# (=, :=, +=) cannot replace an `override` one from a less specific pattern; the target's
# own variables still come first.
E = g
a.%: E := w
%: override E := o
b.%: E += w
c.%: override E += w
d.%: F := d
%: F := any
e.o: E := own
all: a.o b.o c.o d.o e.o
a.o b.o c.o d.o e.o: ; @echo '$@ [$(E)] [$(F)]'
# An `override ?=` of a variable that exists defines nothing: a later `+=` still applies.
W := w
%.x: override W ?= $@
f.%: W += more
all: f.x
f.x: ; @echo '$@ [$(W)]'
