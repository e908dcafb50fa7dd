#| args: -rR -p -q
#| normalise: database
# undefine removes a variable from the dump; a later redefinition comes back.
GONE = gone
undefine GONE
BACK = first
undefine BACK
BACK := second
all: ; @:
