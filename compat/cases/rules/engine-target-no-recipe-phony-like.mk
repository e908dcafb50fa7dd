all: x
	@echo all
x:
