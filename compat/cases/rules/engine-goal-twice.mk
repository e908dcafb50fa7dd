#| args: a a
a:
	@echo a
