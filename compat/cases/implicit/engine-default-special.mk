#| args: anything
.DEFAULT:
	@echo default for $@
