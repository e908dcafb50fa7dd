#| args: -rR -p -q
#| normalise: database
#| env: FROMENV=from environment
#| env: REDEFINED=env value
#| env: APPENDED=env
#| env: MAKEFLAGS=
# Environment variables, one redefined in the makefile (origin becomes makefile), one appended.
REDEFINED = makefile value
APPENDED += makefile
all: ; @:
