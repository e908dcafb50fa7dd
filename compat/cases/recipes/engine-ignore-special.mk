.IGNORE:
all:
	false
	@echo after
