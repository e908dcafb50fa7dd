# A static pattern rule `$(eval)`ed from a recipe: its target pattern is checked when the
# line is read, before the rule is refused.
all:
	$(eval a.o: nopercent: %.c)@echo never
