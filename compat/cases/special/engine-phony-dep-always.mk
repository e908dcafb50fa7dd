#| setup: touch out
out: force
	@echo rebuilt
.PHONY: force
force:
