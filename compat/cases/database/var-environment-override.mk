#| args: -e -rR -p -q
#| normalise: database
#| env: FROMENV=env
#| env: REDEFINED=env value
#| env: APPENDED=env
# -e: environment variables win over makefile assignments ("environment override" origin).
REDEFINED = makefile value
APPENDED += makefile
override FORCED = override wins
NEW = new
all: ; @:
