# A file's own plain value hides an exported `override` pattern-specific one from `$(V)`,
# but the own value is not exported (a plain makefile variable) while the pattern's is:
# the recipe's environment gets the pattern's value (GNU's target_environment takes the
# first exported variable of each name, innermost set first). Either order of the lines.
%.o: export override V = pat
a.o: V = own
b.o: W = own
%.o: export override W = pat
all: a.o b.o
a.o:
	@echo '$@ [$(V)]'; echo "env [$$V]"
b.o:
	@echo '$@ [$(W)]'; echo "env [$$W]"
