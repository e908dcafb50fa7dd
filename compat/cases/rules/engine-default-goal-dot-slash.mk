./a:
	@echo a
