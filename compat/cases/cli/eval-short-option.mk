# -E TEXT is the short form of --eval.
#| args: -E 'X := from-E'
all: ; @echo X=$(X)
