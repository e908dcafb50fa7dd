# -p: an archive built from a member with the built-in (%) rule.
#| args: -p
#| normalise: database
lib.a: lib.a(m.o)
m.o:
	@echo > m.o
