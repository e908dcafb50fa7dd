.NOTINTERMEDIATE:
all:
	@echo all
