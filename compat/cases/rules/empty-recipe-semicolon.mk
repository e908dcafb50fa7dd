# "target: ;" is an empty recipe: nothing is run, no implicit rule search.
#| setup: touch all.c
all: ;
