#| args: foo
#| setup: touch foo.c
CC = false
