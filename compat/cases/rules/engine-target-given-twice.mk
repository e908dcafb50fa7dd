all: a
a a:
	@echo a
