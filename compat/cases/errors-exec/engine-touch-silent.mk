#| args: -t -s
a:
	@echo a
