#| args: -r -f Makefile
# Without built-in rules and -f, nothing lists the directory before the recipe runs: the
# source it made is found.
all: gen use
gen: ; @mkdir -p sub && touch sub/made.c
use: sub/made.o
%.o: %.c ; @echo 'compile $< -> $@'
