all:
	@true
	@true
	@false
