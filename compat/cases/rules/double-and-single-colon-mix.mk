# Mixing : and :: for one target is a fatal error.
all: ; @echo one
all:: ; @echo two
