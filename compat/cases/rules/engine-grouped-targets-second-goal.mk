#| args: b a
a b &:
	@echo making $@
