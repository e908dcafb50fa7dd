#| args: a.x
#| setup: touch a.y a.z
%.x: %.y
	@echo from y
%.x: %.z
	@echo from z
