# Built-in rules for assembler, Fortran, Pascal sources under -n.
#| setup: touch a.s b.S c.f d.p
#| args: -n a.o b.o c.o d.o
