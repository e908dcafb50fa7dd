#| args: -j2
all::
	@echo one
all::
	@echo two
