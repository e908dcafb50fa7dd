# $(error) inside a recipe fires when the recipe is expanded, with the recipe line number.
all: a
	@echo all
a:
	@echo a runs
	$(error in recipe of $@)
