out: ghost
	@echo out
ghost:
