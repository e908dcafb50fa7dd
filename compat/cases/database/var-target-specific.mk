#| args: -rR -p -q
#| normalise: database
# Target-specific variables of every flavor, listed inside the file entries.
all: REC = recursive $(SIMPLE)
all: SIMPLE := simple
all: APP += appended
all: COND ?= conditional
all: override OVER = overridden
all: export EXP = exported
all: private PRIV = private
lib: REC = lib
all lib: SHARED = both
APP = global
all: lib ; @:
lib: ; @:
