# A target-specific value may refer to $@ (expanded in the recipe context).
%.x: NAME = $@-named
all: a.x b.x ; @:
a.x b.x: ; @echo $(NAME)
