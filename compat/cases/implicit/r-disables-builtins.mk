# -r disables built-in rules: foo.o from foo.c is no longer known.
#| setup: touch foo.c
#| args: -r foo.o
