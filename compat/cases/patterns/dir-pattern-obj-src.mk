# obj/%.o: src/%.c with nested stems: stem keeps the subdirectory.
#| setup: mkdir -p src/sub && touch src/a.c src/sub/b.c
all: obj/a.o obj/sub/b.o ; @:
obj/%.o: src/%.c ; @echo '$@ <- $< stem=$*'
