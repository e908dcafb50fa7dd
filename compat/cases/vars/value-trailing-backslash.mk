# Continuation lines: whitespace around the backslash-newline collapses to a single space.
x = a   \
      b
y = c\
d
$(info [$(x)] [$(y)])
all: ; @:
