# A failing pattern-rule recipe reports the pattern rule's file and line.
all: a.out ; @:
%.out:
	@false
