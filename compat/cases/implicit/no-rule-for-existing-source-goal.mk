# A goal that is an existing source file with no rule: "Nothing to be done"/"is up to date".
#| setup: touch foo.c
#| args: foo.c
