#| args: -n q.x
#| setup: touch q.z
%.x: %.y
	cp $< $@
%.y: %.z
	cp $< $@
