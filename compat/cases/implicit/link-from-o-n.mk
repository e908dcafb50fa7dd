# The built-in %: %.c rule compiles and links in one step: "make -n prog" with only prog.c (manual 10.2).
#| setup: touch prog.c
#| args: -n prog
