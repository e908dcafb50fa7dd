# A recursive loop first hit while expanding a recipe reports the line of the variable definition.
a = $(b)
b = $(a)
all:
	@echo $(a)
