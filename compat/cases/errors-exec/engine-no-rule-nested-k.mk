#| args: -k
all: mid
mid: missing
	@echo mid
