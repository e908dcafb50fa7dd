.ONESHELL:
SHELL = /bin/bash
all:
	@x=1
	echo $$x
