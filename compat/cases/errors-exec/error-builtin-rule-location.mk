# A failing built-in rule is reported as "[<builtin>: foo.o]" (CC=false so no compiler runs).
#| setup: touch foo.c
#| args: CC=false foo.o
