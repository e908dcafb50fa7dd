# printf with % and quotes in a recipe: nothing is interpreted by make except $.
all:
	@printf '%s|%d\n' "a b" 42
