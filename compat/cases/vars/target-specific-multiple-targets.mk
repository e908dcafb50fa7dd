# A target-specific assignment for several targets at once.
a b: V = shared
all: a b c ; @:
a b c: ; @echo $@ V=[$(V)]
