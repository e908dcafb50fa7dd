#| args: -q -k
all: a b
a:
	@echo a
b:
	@echo b
