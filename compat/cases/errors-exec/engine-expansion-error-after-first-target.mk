all: a b
a:
	@echo a
b:
	$(error in b)
