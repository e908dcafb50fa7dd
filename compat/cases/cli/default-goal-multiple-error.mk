# .DEFAULT_GOAL with more than one word is an error.
.DEFAULT_GOAL = a b
a b: ; @echo $@
