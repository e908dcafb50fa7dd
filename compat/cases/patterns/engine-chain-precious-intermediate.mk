#| args: q.x
#| setup: touch q.z
.PRECIOUS: %.y
%.x: %.y
	cp $< $@
%.y: %.z
	cp $< $@
