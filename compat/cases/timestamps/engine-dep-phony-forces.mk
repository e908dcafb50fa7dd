#| setup: touch out
.PHONY: ph
out: ph
	@echo rebuilt
ph:
	@echo ph
