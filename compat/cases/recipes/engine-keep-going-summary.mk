#| args: -k
all: a b
	@echo all
a:
	false
b:
	@echo b
