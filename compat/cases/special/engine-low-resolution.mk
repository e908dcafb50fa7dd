.LOW_RESOLUTION_TIME: out
out:
	@echo out
