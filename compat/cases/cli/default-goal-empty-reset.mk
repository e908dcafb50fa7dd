# Clearing .DEFAULT_GOAL makes the next rule's target the default goal.
one: ; @echo one
.DEFAULT_GOAL :=
two: ; @echo two
three: ; @echo three
