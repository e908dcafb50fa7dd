# warning in recipe
all:
	@echo a
	@echo $(warning in recipe)b