#| args: -rR -p -q one two
#| normalise: database
# Variables make itself sets from the makefile and the goals. (.VARIABLES is not expanded:
# GNU then stores its value in hash-table order, which no normalisation can reproduce.)
.DEFAULT_GOAL := two
MAKECMDGOALS_COPY := $(MAKECMDGOALS)
one two: ; @:
