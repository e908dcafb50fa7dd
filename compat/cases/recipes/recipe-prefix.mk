# .RECIPEPREFIX changes the recipe line prefix character (manual 6.14).
.RECIPEPREFIX = >
all:
> @echo with greater-than prefix
