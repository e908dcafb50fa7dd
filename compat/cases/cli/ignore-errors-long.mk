# --ignore-errors is -i.
#| args: --ignore-errors
all:
	false
	@echo next
