# $(shell) expanded inside a recipe does not see exported make variables in 4.3 (the recipe's shell does).
export MINE = exported
all:
	@echo recipe-shell=[$(shell echo $$MINE)] direct=[$$MINE]
