.ONESHELL:
all:
	@echo one
	@echo two
