#| setup: touch all.c
.PHONY: all
all:
