#| args: -n foo
#| setup: touch foo.c
