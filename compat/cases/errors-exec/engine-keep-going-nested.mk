#| args: -k
all: mid other
mid: bad
	@echo mid
bad:
	@exit 2
other:
	@echo other
