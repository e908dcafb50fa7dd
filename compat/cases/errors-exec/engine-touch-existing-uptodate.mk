#| args: -t
#| setup: touch a
a:
	@echo a
