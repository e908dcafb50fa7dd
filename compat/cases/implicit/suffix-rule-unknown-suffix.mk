# A suffix rule whose suffixes are not in .SUFFIXES is an ordinary target, not a rule.
#| setup: echo x > a.qq
.qq.zz:
	@echo converting $<
all: a.zz
