# .ONESHELL: a "-" on the first line makes the whole script's failure ignored.
.ONESHELL:
all:
	-@echo start
	exit 3
