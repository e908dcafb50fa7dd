first:
	@echo first
second:
	@echo second
