# A missing intermediate prerequisite (`a.o`, made from `a.c` by the built-in rule) is
# checked, not made: its own prerequisite `a.c`, being updated, is a circular one GNU
# drops with a message (check_dep), as it drops `a.c <- a.c`, before it finds that
# `gen.h` (listed by the rule without the recipe, so after) has no rule.
#| args: -n
.INTERMEDIATE: a.o
a.c: gen.h
a.c: a.c a.o
	touch $@
