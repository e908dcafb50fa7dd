# $(eval) itself expands to the empty string.
x := [$(eval y = 1)]
$(info $(x) y=$(y))
all: ; @:
