# A pattern-specific variable for two patterns at once.
%.a %.b: KIND = ab
all: x.a y.b z.c ; @:
x.a y.b z.c: ; @echo $@ KIND=[$(KIND)]
