all:
	@false; echo continues
