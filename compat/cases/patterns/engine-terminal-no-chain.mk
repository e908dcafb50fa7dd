#| args: foo
%:: %.src
	@echo terminal $@
%.src:
	@echo gen $@
