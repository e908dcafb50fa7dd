#| args: a a
#| setup: touch a
a:
	@echo a
