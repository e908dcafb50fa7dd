#| args: -rR -p -q FROMCMD=cmd SIMPLECMD:=cmd2 OVERCMD=cmd3
#| env: FROMENV=env
#| env: OVERENV=env
#| normalise: database
# Every origin a global variable can have, as the "# Variables" section labels it.
RECURSIVE = $(FROMENV) and $(FROMCMD)
SIMPLE := $(RECURSIVE)
OVERCMD = file
OVERENV = file
override OVERRIDDEN = forced
override OVERCMD = forced-over-command-line
all: ; @:
