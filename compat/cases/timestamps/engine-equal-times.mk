#| setup: touch -d '2020-01-01 00:00:00' in out
out: in
	@echo rebuild
