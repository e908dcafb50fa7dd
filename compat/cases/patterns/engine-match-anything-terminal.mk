#| args: foo
#| setup: touch foo.src
%:: %.src
	@echo terminal $@
