# $(wildcard) returns matches (sorted in 4.3) and nothing for no match.
#| setup: touch b.c a.c c.h z.c
$(info [$(wildcard *.c)] [$(wildcard *.none)] [$(wildcard c.h nothere)])
all: ; @:
