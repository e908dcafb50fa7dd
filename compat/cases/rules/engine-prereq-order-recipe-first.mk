a: x
a: y ; @echo $^
a: z
x y z:
	@echo $@
