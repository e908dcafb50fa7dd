a:: x
	@echo one $^
a:: y
	@echo two $^
x y:
	@echo $@
