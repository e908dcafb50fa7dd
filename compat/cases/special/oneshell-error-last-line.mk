# With .ONESHELL an early failing line does not stop the shell script (only its exit status matters).
.ONESHELL:
all:
	false
	echo still ran
