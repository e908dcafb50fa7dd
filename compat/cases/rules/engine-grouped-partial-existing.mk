#| setup: touch a
all: a b
a b &:
	@echo grouped $@
