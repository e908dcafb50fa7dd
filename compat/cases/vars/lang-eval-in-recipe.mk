# eval in recipe
all:
	$(eval X = set)
	@echo [$(X)]
