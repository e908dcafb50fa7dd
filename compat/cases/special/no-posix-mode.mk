# Without .POSIX, "false; echo" keeps going within one line (sh -c, not -e).
all:
	@false; echo after-false
