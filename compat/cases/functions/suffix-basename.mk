# $(suffix) and $(basename), including dots in directory names (manual 8.3).
$(info [$(suffix src/foo.c src-1.0/bar hacks a.b.c .hidden)])
$(info [$(basename src/foo.c src-1.0/bar hacks a.b.c .hidden)])
all: ; @:
