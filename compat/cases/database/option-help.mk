#| args: -rR -p --help
#| normalise: database
# -p with --help: the usage text, then the data base of a make that read no makefile.
all: ; @echo never
