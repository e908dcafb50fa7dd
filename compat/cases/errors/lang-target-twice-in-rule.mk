# target twice in rule
all: a
a a: ; @echo a
