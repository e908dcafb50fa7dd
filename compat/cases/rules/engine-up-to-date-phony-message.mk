#| setup: touch all
.PHONY: all
all:
