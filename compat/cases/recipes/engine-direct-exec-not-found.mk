all:
	nosuchcommand-xyz arg
