# -pk after a failing recipe: the files that could not be made are marked failed.
#| args: -pk -r
#| normalise: database
all: a b
	@echo all
a:
	@false
b:
	@echo b
