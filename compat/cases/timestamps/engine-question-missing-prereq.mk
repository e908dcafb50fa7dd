#| args: -q
#| setup: touch -d 2020-01-01 in; touch out
out: in
	@echo rebuild
