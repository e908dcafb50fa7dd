# -p: a recipe read under another .RECIPEPREFIX is printed with it, after a line saying so.
#| args: -p -r -R
#| normalise: database
.RECIPEPREFIX = >
all:
> @echo one \
	two
%.z: %.y
> cat $< > $@
