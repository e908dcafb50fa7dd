#| args: .in2.out2
.SUFFIXES: .in2 .out2
.in2.out2: x
	@echo normal target $@
x:
	@:
