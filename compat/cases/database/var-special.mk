#| args: -rR -p -q one two
#| normalise: database
# Variables make itself sets from the makefile and the goals.
.DEFAULT_GOAL := two
MAKECMDGOALS_COPY := $(MAKECMDGOALS)
VARS_COUNT := $(words $(.VARIABLES))
one two: ; @:
