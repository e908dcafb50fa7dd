#| args: -t a b
a:
	@echo a
b: a
	@echo b
