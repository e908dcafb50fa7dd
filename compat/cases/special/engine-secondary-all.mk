#| args: q.x
#| setup: touch q.z
.SECONDARY:
%.x: %.y
	cp $< $@
%.y: %.z
	cp $< $@
