# With a slash-free target pattern, the directory is moved out of the stem: src/a.o matches %.o with stem src/a (manual 10.5.4).
#| setup: mkdir src && touch src/a.c
%.o: %.c
	@echo stem=$* target=$@ src=$<
all: src/a.o
.DEFAULT_GOAL := all
