# Variables from the environment are re-exported, with the makefile's value if overridden.
#| env: FROMENV=orig
FROMENV = changed
all:
	@env | grep -E '^FROMENV='
