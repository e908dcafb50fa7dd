# A goal that is an existing source file with no rule: "Nothing to be done for 'foo.c'".
#| setup: touch foo.c
#| args: foo.c
