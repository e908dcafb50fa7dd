all:
	$(eval X = set)
	@echo [$(X)]
