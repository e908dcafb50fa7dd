# pattern specific append
X = g
%.x: X += pat
a.x: ; @echo $@ [$(X)]
all: a.x