# Archive update lib.a(a.o) from a.c under -n: compile, ar, and removal of the intermediate a.o.
#| setup: touch a.c
#| args: -n lib.a(a.o)
