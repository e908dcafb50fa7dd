a: a
	@echo a
