# .IGNORE with no prerequisites ignores errors in all recipes.
.IGNORE:
all:
	false
	@echo continued
