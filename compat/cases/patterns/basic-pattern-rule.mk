# A pattern rule %.out: %.in builds a.out from an existing a.in; $* is the stem (manual 10.5).
#| setup: echo data > a.in
%.out: %.in
	@echo stem=$* from $< to $@
	cp $< $@
all: a.out
.DEFAULT_GOAL := all
