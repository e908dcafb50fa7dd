#| args: -W src
#| setup: touch src; sleep 0.01; touch out
out: src
	@echo rebuilt
