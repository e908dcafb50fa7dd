# -p after a failing recipe: the failed file is marked, the targets waiting on it are not.
#| args: -p -r
#| normalise: database
all: a b
	@echo all
a:
	@false
b:
	@echo b
