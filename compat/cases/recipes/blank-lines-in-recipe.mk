# Blank lines inside a recipe are ignored; the recipe continues.
all:
	@echo one

	@echo two
