# .ONESHELL: "@" on a later line is stripped from the script but does not silence it; the whole script is echoed.
.ONESHELL:
all:
	echo first
	@echo second
