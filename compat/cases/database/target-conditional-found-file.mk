# `-p` after a target-specific `?=` that found the global variable: the file the line
# named is in the data base (GNU entered it), with no variable of its own.
#| args: -p -q
#| normalise: database
X = 1
a.o: X ?= 2
all: ; @echo all
