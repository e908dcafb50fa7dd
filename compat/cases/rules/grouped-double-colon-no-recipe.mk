# `&::` without a recipe is as fatal as `&:` without one.
all: ; @echo all
a b &:: x
x: ; @:
