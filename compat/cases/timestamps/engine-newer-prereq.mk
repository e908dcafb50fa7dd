#| setup: touch -d 2020-01-01 out; touch in
out: in
	@echo rebuild
