# Each target-specific line sets the variable's export from its own modifiers: a `+=` without
# `export` after an exported one leaves it unexported; an exported global stays exported.
all: p1 p2 p3 p4 p5
p1: export P := exported
p1: P += more
p2: export P = exported
p2: P += more
p3: export P = exported
p3: P = replaced
export Q = global
p4: Q += more
p5: P = plain
p5: export P += exported now
p1 p2 p3 p4 p5: ; @echo "$@ P=[$$P] Q=[$$Q]"
