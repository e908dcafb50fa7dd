all:
	@nosuchcommand-xyz
	@echo never
