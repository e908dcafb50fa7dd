# Appending nothing leaves a variable as it was, origin included (`override B +=` keeps
# `file`, so a later plain `+=` still applies); an empty `+=` to an undefined variable
# defines it; a simple variable's text is expanded first.
B = b
override B +=
$(info [$(B)] $(origin B) $(flavor B))
B += c
$(info [$(B)] $(origin B))
override D +=
$(info [$(D)] $(origin D) $(flavor D))
E := e
override E += $(EMPTY)
$(info [$(E)] $(origin E) $(flavor E))
F = f
override F += $(EMPTY)
$(info [$(F)] $(origin F) $(flavor F))
all:;@:
