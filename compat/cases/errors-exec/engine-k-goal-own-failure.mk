#| args: -k
all:
	@false
