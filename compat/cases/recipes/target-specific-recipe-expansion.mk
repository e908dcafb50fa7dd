# Target-specific variables are used when expanding the recipe, even of pattern rules.
%.out: ; @echo $@ MODE=$(MODE)
debug.out: MODE = debug
all: debug.out release.out ; @:
release.out: MODE = release
