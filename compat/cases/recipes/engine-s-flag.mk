#| args: -s
all:
	echo shown-output
