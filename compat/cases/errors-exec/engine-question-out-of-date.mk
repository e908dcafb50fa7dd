#| args: -q
all:
	@echo x
