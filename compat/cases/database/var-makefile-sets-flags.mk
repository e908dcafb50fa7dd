#| args: -rR -p -q
#| normalise: database
# A makefile that sets MAKEFLAGS, SHELL, .SHELLFLAGS, .EXTRA_PREREQS and .DEFAULT_GOAL.
MAKEFLAGS += --no-print-directory
SHELL = /bin/bash
.SHELLFLAGS = -ec
.EXTRA_PREREQS = extra
.DEFAULT_GOAL = second
first: ; @:
second: ; @:
extra: ; @:
