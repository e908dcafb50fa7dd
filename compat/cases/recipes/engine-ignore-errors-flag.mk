#| args: -i
all:
	false
	@echo after
