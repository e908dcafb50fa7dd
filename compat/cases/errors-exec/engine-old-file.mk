#| args: -o b
#| setup: touch a; sleep 0.01; touch b
a: b
	@echo should not run
b:
	@echo b
