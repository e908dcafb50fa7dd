#| setup: touch -d 2020-01-01 out; touch -d 2019-01-01 a; touch b c
out: a b c
	@echo "?[$?]"
