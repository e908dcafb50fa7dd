# subst empty from
$(info [$(subst ,x,abc)])
all: ; @:
