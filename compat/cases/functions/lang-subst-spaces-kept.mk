# subst spaces kept
$(info [$(subst a,b,  a  a  )])
all: ; @:
