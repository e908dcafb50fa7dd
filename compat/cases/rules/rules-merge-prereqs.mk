# Several rules for one target merge their prerequisites; only one may have a recipe (manual 4.11).
all: a
all: b
	@echo all: $^
a b: ; @echo $@
