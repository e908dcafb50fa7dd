# Substitution reference where the pattern parts come from variables.
files = a.x b.x c.y
from = .x
to = .z
$(info $(files:$(from)=$(to)))
all: ; @:
