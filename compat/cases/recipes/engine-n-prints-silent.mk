#| args: -n
all:
	@echo hidden
