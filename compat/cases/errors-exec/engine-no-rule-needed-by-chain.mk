all: mid
mid: missing
	@echo mid
