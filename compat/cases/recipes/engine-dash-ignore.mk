all:
	-false
	@echo after
