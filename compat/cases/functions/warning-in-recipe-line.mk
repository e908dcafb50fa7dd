# $(warning) in a recipe reports the recipe line's number.
all:
	@echo one
	@echo two$(warning at line four)
