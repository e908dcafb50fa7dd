# A literal % in a pattern rule target via backslash.
all: 100%done
100\%done: ; @echo made $@
