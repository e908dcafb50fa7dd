#| args: -n foo.o
#| setup: touch foo.cc
