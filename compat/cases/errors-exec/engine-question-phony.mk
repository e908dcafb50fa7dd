#| args: -q
.PHONY: all
all:
