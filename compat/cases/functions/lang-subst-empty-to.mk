# subst empty to
$(info [$(subst a,,banana)])
all: ; @:
