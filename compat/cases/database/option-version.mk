#| args: -rR -p -v
#| normalise: database
# -p with -v: GNU prints the version and then the data base of a make that read no makefile.
X = never read
all: ; @echo never
