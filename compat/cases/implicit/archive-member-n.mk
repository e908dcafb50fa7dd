# Archive member targets lib(member.o) use the built-in (%): % rule with $(AR) under -n (manual 11).
#| setup: touch m.o
#| args: -n
lib.a: lib.a(m.o)
