$(EMPTY): x
	@echo never
all:
	@echo all
