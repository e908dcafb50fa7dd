# Target-specific variables are not visible in the target's prerequisite list (expanded at parse time).
t: V = val
all: t ; @:
t: $(V)x ; @echo t needs [$^]
x valx: ; @:
