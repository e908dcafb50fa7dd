# -p after "No rule to make target": nothing is marked updated.
#| args: -p -r
#| normalise: database
all: missing other
other: ; @echo other
