# Built-in rule %.o: %.c under -n prints "cc -c -o foo.o foo.c" (manual 10.2).
#| setup: touch foo.c
#| args: -n foo.o
