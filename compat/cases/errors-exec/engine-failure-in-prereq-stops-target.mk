all: bad
	@echo all
bad:
	@exit 1
