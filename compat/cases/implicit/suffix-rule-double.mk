# An old-style double-suffix rule .in.out (manual 10.7).
#| setup: echo hello > a.in
.SUFFIXES: .in .out
.in.out:
	@echo suffix rule $< '->' $@
	cp $< $@
all: a.out
