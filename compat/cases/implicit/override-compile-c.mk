# Overriding COMPILE.c / OUTPUT_OPTION changes the built-in %.o: %.c command line.
#| setup: touch foo.c
#| args: -n foo.o
COMPILE.c = mycc -c
OUTPUT_OPTION =
