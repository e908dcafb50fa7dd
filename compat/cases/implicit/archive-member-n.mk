# Archive member targets lib(member.o) use the built-in (%): % rule with $(AR) under -n (manual 11).
#| known-difference: archive members (lib.a(member)) are not implemented yet
#| setup: touch m.o
#| args: -n
lib.a: lib.a(m.o)
