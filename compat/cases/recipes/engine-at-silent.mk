all:
	@echo quiet
	echo loud
