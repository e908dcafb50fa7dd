# -n never fails on recipes: it only prints them.
#| args: -n
all:
	false
	echo after
