# A variable named like a function: $(subst) with no arguments is a plain variable reference.
subst = i-am-a-variable
$(info [$(subst)] [$(subst a,b,abc)])
all: ; @:
