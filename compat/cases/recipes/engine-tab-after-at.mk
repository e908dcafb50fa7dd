all:
	@	echo tabbed
