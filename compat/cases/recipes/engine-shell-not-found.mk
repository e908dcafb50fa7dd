all:
	nosuchcommand-xyz arg; true
