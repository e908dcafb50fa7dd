a:
	@echo 1
a:
	@echo 2
