# foreach var restored
d = outer
$(info $(foreach d,x,$(d)) $(d))
all: ; @:
