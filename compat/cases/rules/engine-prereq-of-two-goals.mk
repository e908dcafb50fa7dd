#| args: a b
a: c
	@echo a
b: c
	@echo b
c:
	@echo c
