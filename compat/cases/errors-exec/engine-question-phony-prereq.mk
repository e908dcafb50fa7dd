#| args: -q
#| setup: touch out
.PHONY: p
out: p
	@echo out
p:
