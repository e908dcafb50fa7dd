# Among pattern rules with equal stems, the first one whose prerequisites exist/can be made wins.
#| setup: touch a.y
%.out: %.x ; @echo from x
%.out: %.y ; @echo from y $<
%.out: %.z ; @echo from z
all: a.out
.DEFAULT_GOAL := all
