# Two pattern rules chain through a nonexistent intermediate, which is deleted afterwards (manual 10.4).
#| setup: echo src > a.one
%.two: %.one ; cp $< $@
%.three: %.two ; cp $< $@
all: a.three
.DEFAULT_GOAL := all
