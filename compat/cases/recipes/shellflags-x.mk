# .SHELLFLAGS = -xc makes the shell trace commands on stderr.
.SHELLFLAGS = -xc
all:
	@echo traced
