all:
	echo @not-a-prefix
