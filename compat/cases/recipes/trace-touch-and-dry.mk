# --trace with -n: a recipe is traced, then printed; an empty one (`x: ;`) is not traced.
#| args: --trace -n all x
all:
	@echo all
x: ;
