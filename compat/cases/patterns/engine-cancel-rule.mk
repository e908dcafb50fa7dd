#| args: a.x
#| setup: touch a.y
%.x: %.y
	@echo from y
%.x: %.y
