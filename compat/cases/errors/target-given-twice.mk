# The same target twice in one rule: a warning "target 'a' given more than once in the same rule".
all: a
a a: ; @echo a
