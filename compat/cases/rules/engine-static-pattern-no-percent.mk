a: x: y
	@echo no
