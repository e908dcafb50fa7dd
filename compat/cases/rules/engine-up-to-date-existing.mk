#| setup: touch a
a:
	@echo should not run
