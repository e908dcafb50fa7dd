#| args: q.x
#| setup: touch -d 2020-01-01 q.x; touch q.z
%.x: %.y
	cp $< $@
%.y: %.z
	cp $< $@
