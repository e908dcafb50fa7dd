#| args: -r
# The same shapes where a word's names cannot be made: the rule is passed over and the
# next one (a plain pattern rule) is used; $$(patsubst %,...) gets the stem only once.
.SECONDEXPANSION:
all: d/bar.o
%.o: $$(info [%] [$$*] [$$@] [$$(@D)]) $$(patsubst %,%.r,a b) ; @echo '$@: $^'
%.o: %.c ; @echo '$@ (second rule): $^'
d/a.r d/b.r: ; @echo mk $@
d/bar.c: ; @echo mk $@
