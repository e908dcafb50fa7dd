all:
	@echo one
	@echo two $(info expanded-first)
