all:
	@echo a=b c=d
