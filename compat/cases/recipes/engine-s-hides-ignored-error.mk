#| args: -s
all:
	-@false
	@echo after
