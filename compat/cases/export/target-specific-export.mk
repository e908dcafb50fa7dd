# Target-specific "export" applies only to that target's recipe.
t1: export TS = one
t1 t2:
	@echo $@ $$(env | grep -c '^TS=')
all: t1 t2
.DEFAULT_GOAL := all
