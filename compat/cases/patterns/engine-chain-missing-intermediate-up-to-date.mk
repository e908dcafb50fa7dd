#| args: q.x
#| setup: touch -d 2020-01-01 q.z; touch q.x
%.x: %.y
	cp $< $@
%.y: %.z
	cp $< $@
