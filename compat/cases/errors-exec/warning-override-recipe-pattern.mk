# Redefining a pattern rule with a new recipe replaces it silently (no warning for patterns).
all: x.o ; @:
%.o: ; @echo first
%.o: ; @echo second
