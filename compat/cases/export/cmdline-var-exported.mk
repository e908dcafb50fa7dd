# Command-line variables are exported to recipes.
#| args: CLI=val
all:
	@env | grep -E '^CLI='
