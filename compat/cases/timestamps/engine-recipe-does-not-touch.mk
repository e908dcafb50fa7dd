#| setup: touch -d 2020-01-01 mid out; touch src
out: mid
	@echo out
mid: src
	@echo mid touched nothing
