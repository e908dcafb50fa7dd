#| args: -n
all:
	false
	echo after
