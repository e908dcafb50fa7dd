#| args: -k a b
a:
	@false
b:
	@echo b
