# If the first matching pattern's prerequisite can't be made, the next pattern rule is tried.
#| setup: touch b.in2
%.out: %.in1 ; @echo via in1
%.out: %.in2 ; @echo via in2 $<
all: b.out
.DEFAULT_GOAL := all
