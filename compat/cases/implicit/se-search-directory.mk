#| args: -r
# Second expansion of a pattern rule found for d/bar.o (target pattern without a slash):
# a word's first % is the stem without the directory, and every name a word with a %
# gives gets d/ in front; $$* is the whole stem, words without % are taken as expanded.
.SECONDEXPANSION:
all: d/bar.o
%.o: $$(addsuffix /%.c,foo bar) plain.h $$(addprefix x/,$$*.h) $$(notdir %.k) $$(subst q,%,q.z) $$*.y $$(@D)/w pre/%.m ; @echo '$@: {$<} $^ stem=$*'
d/foo/bar.c d/bar/bar.c plain.h x/d/bar.h d/bar.k d/bar.z d/bar.y d/w d/pre/bar.m: ; @echo 'mk $@'
