#| setup: touch out
out: FORCE
	@echo rebuilt
FORCE:
