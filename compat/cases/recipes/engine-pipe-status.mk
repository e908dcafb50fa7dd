all:
	@false | true
	@echo ok
