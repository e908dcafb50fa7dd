#| args: -rR -p -q
#| normalise: database
# Target-specific variables on a double-colon target and on a static pattern rule's targets.
all:: X = one
all:: ; @echo $(X)
all:: ; @echo two
objs = a.o b.o
$(objs): Y = y
$(objs): %.o: ; @:
