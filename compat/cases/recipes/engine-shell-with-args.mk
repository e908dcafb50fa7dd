SHELL = /bin/sh
.SHELLFLAGS = -e -c
all:
	@false; echo no
