.IGNORE: a
all: a
	@echo all
a:
	false
	@echo a
