# recipeprefix reset
.RECIPEPREFIX = >
a:
> @echo a
.RECIPEPREFIX =
all: a
	@echo tab again