# ".SUFFIXES:" with no prerequisites clears the suffix list, disabling suffix rules (manual 10.7).
#| setup: touch foo.c
#| args: -n foo.o
.SUFFIXES:
