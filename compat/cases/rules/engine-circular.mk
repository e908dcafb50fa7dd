a: b
	@echo a
b: a
	@echo b
