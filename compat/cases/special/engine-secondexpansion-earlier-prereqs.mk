.SECONDEXPANSION:
all: t ; @:
t: one
t: two n$$(words $$^)
t: three n$$(words $$^) ; @echo '$^'
one two three n0 n1 n2 n3: ; @:
