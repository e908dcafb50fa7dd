#| args: -p -q
#| normalise: database
# Clearing .SUFFIXES turns the built-in suffix rules off; a new list adds some back.
.SUFFIXES:
.SUFFIXES: .c .o
all: ; @:
