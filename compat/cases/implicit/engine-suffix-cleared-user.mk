#| args: -r a.out2
#| setup: touch a.in2
.SUFFIXES: .in2 .out2
.in2.out2:
	@echo suffix $@
