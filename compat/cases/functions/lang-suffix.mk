# suffix
$(info [$(suffix src/foo.c src-1.0/bar hacks.x.y .z a.b/c)])
all: ; @:
