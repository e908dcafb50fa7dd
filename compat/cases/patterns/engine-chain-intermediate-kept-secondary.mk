#| args: q.x
#| setup: touch q.z
.SECONDARY: q.y
%.x: %.y
	cp $< $@
%.y: %.z
	cp $< $@
