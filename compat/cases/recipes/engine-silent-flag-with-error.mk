#| args: -s
all:
	false
