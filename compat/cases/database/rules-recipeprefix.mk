#| args: -rR -p -q
#| normalise: database
# .RECIPEPREFIX changes the prefix in the makefile; the dump prints recipes with a tab.
.RECIPEPREFIX = >
all: other
>@echo one
>@echo two
.RECIPEPREFIX :=
other:
	@echo back to tab
