all:
	@echo a
	$(error stop here)
