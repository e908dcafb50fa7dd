#| args: a a
a::
	@echo one
a::
	@echo two
