# Built-in rules never fire for a missing source: "No rule to make target nothere.o".
#| args: -n nothere.o
