# Invalid syntax evaluated by $(eval) is a "missing separator" at the eval's line.
X = 1
$(eval this is bad)
all: ; @:
