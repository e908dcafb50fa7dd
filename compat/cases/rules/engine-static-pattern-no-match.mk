a b: %.x: %.y
	@echo [$@] [$<]
