# pattern-specific variable applies to matching targets
X = g
%.x: X = pat
a.x: ; @echo $@ $(X)
all: a.x