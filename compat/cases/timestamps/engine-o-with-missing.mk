#| args: -o dep
out: dep
	@echo out
dep:
	@echo dep
