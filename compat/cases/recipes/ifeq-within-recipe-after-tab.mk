# A tab-indented "ifeq" inside a recipe is a recipe line handed to the shell, not a make directive.
all:
	@echo start
	ifeq (a,a)
	@echo inside
	endif
