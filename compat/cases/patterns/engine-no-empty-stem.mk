#| args: .x
#| setup: touch .y
%.x: %.y
	@echo [$*]
