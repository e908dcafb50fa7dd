#| setup: touch -d '2020-01-01 00:00:00.1' out; touch -d '2020-01-01 00:00:00.2' in
.LOW_RESOLUTION_TIME: out
out: in
	@echo rebuild
