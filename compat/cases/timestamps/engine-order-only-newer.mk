#| setup: touch -d 2020-01-01 out; touch dir
out: | dir
	@echo rebuild
