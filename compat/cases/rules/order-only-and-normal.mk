# A prerequisite listed both normal and order-only is treated as normal.
all: a | a b
	@echo '^=[$^]' '|=[$|]'
a b: ; @:
