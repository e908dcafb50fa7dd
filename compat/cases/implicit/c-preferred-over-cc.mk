# With both foo.c and foo.cc present, the built-in rule order (.c before .cc) picks the C compiler.
#| setup: touch foo.c foo.cc
#| args: -n foo.o
