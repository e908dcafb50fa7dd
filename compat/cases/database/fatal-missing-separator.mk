#| args: -rR -p
#| normalise: database
# A fatal parse error: GNU prints the data base of what it had read before stopping.
BEFORE = read before the error
before: ; @:
this line has no separator
AFTER = never read
