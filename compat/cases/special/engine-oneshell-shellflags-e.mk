.ONESHELL:
.SHELLFLAGS = -ec
all:
	@false
	echo not
