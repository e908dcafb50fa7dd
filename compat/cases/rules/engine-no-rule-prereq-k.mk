#| args: -k
all: nothere other
	@echo x
other:
	@echo other
