#| setup: mkdir a b; touch b/x.h
vpath %.h a:b
out: x.h
	@echo $<
