# Two recipes for one target: the later one wins with "overriding recipe"/"ignoring old recipe" warnings.
all: ; @echo first
all: ; @echo second
