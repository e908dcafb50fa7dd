#| args: a b c
a b c:
	@echo making $@
