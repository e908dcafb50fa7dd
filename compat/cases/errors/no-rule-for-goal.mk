# A goal with no rule: "No rule to make target 'x'.  Stop." exit 2.
#| args: x
all: ; @:
