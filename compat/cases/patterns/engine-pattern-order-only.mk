#| args: a.x
#| setup: touch a.y
%.x: %.y | dir
	@echo "$@ ^[$^] |[$|]"
dir:
	@echo dir
