#| args: b a
a:
	@echo a
b:
	@echo b
