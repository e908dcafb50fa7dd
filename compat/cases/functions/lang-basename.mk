# basename
$(info $(basename src/foo.c src-1.0/bar hacks.x.y a.b/c))
all: ; @:
