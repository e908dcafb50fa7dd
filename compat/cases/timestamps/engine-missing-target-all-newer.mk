#| setup: touch a b
out: a b
	@echo "?[$?]"
