#| setup: touch ghost; sleep 0.01; touch out
out: ghost
	@echo out
ghost:
