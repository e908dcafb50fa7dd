#| args: second
first:
	@echo first
second:
	@echo second
