# A static pattern with two target patterns: "multiple target patterns".
all: a.x
a.x: %.x %.y: ; @:
