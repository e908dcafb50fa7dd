# warning in recipe line location
all:
	@echo $(warning careful) a


x = 1
