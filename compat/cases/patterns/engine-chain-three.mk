#| args: a.w
#| setup: touch a.z
%.w: %.x
	@cp $< $@; echo w
%.x: %.y
	@cp $< $@; echo x
%.y: %.z
	@cp $< $@; echo y
