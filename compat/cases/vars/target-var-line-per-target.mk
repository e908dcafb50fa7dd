# A target-specific line naming several targets is applied to each in turn (GNU's
# record_target_var): `?=` is decided per target (b.o keeps its own X) and `:=` expands
# in each target's own context.
b.o: X := own
a.o: Y = ya
b.o: Y = yb
a.o b.o: export X ?= t1
a.o b.o: Z := [$(Y)]
all: a.o b.o
a.o b.o:
	@echo '$@ [$(X)] [$(Z)]'
