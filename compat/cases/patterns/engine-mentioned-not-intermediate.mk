#| args: q.x
#| setup: touch q.z
%.x: %.y
	cp $< $@
%.y: %.z
	cp $< $@
unrelated: q.y
