# $@ used in a target-specific variable value and then in the recipe.
t: OUT = $@.log
t: ; @echo $(OUT)
