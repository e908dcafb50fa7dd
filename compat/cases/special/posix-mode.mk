# .POSIX makes recipes run with "sh -e": a failing command within a line stops it.
.POSIX:
all:
	@false; echo after-false
