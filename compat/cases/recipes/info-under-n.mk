# $(info) and $(warning) in a recipe are printed under -n too (they come from expansion).
#| args: -n
all:
	$(info from info)echo real
	$(warning from warning)
