#| setup: touch out
out: | dir
	@echo rebuild
dir:
	@echo make dir
