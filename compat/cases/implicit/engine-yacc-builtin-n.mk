#| args: -n p.c
#| setup: touch p.y
