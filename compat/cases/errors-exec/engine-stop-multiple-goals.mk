#| args: a b
a:
	@false
b:
	@echo b
