# $(eval) of a multi-line define creates several variables and a rule with a recipe.
define block
A := 1
B := 2
gen: ; @echo A=$$(A) B=$$(B)
endef
$(eval $(block))
all: gen ; @:
.DEFAULT_GOAL := all
