#| args: -B
#| setup: touch a
a:
	@echo remade
