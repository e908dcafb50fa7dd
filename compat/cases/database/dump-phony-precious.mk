# -p: the flags special targets set, and the command-line target mark.
#| args: -p -r x s
#| normalise: database
all: x
x: ; @:
.PHONY: x
.PRECIOUS: x
.SECONDARY: s
s: ; @:
.INTERMEDIATE: i
