# "\%" is unescaped in a target name but kept literally in a prerequisite list, so "all: 50\%off" needs a file named 50\%off.
#| known-difference: \% in a prerequisite: GNU keeps the backslash, xmake unescapes it
all: 50\%off ; @:
50\%off: ; @echo got '$@'
