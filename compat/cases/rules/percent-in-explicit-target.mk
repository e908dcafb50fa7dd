# "\%" is unescaped in a target name but kept literally in a prerequisite list, so "all: 50\%off" needs a file named 50\%off.
all: 50\%off ; @:
50\%off: ; @echo got '$@'
