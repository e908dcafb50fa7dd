all: a b
	@echo all
a:
	@echo a
b:
	@echo b
