#| args: ab.x
#| setup: touch ab.d
%.x: %.d
	@echo general $@
a%.x: a%.d
	@echo specific $@
