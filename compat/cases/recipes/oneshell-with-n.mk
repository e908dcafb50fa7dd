# -n with .ONESHELL prints the whole recipe once.
#| args: -n
.ONESHELL:
all:
	@echo one
	echo two
