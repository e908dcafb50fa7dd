# .SHELLFLAGS replaces -c: -e -c makes the first failing command stop the line.
.SHELLFLAGS = -ec
all:
	@false; echo not reached
