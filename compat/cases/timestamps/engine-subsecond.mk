#| setup: touch -d '2020-01-01 00:00:00.1' out; touch -d '2020-01-01 00:00:00.2' in
out: in
	@echo rebuild
