# A single-suffix rule .sh: makes "prog" from "prog.sh".
#| setup: echo 'echo hi' > prog.sh
.SUFFIXES: .sh
.sh:
	@echo single suffix: $< to $@
all: prog ; @:
