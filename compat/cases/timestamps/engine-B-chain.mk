#| args: -B
#| setup: touch a b
a: b
	@echo a
b:
	@echo b
