#| args: -W b
#| setup: touch b; sleep 0.01; touch a
a: b
	@echo remade a
