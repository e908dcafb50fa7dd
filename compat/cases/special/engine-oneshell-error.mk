.ONESHELL:
all:
	@false
	echo still
