# In second expansion $$^ sees only prerequisites of EARLIER rules for the same target (manual 3.9).
.SECONDEXPANSION:
all: t ; @:
t: first
t: second n$$(words $$^)
t: third n$$(words $$^) ; @echo '$^'
first second third n0 n1 n2 n3 n4: ; @:
