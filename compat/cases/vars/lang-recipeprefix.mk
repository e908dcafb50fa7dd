# recipeprefix
.RECIPEPREFIX = >
all:
> @echo with prefix