# subst basic
$(info $(subst ee,EE,feet on the street))
all: ; @:
