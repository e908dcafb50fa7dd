all:
	@echo a:b
