#| args: -rR -p -q CMDLINE=c
#| normalise: database
#| env: FROMENV=env
# ?= on a variable the environment or the command line already set keeps their origin.
FROMENV ?= makefile
CMDLINE ?= makefile
NEW ?= makefile
all: ; @:
