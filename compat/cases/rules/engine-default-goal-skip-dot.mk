.x:
	@echo dot
real:
	@echo real
