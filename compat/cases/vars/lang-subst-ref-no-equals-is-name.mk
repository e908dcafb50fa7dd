# a colon without = is part of a variable name
a:b = weird
$(info [$(a:b)])
all: ; @:
