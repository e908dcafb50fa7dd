#| args: nothere
all:
	@echo x
