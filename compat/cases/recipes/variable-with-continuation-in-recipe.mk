# A backslash-newline inside a $(...) reference in a recipe is joined before expansion, so the function call works.
X = value
all:
	@echo $(subst a,A,\
	$(X))
