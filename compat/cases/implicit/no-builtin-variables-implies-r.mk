# -R implies -r: no built-in variables and no built-in rules, so foo.o from foo.c is unknown.
#| setup: touch foo.c
#| args: -R -n foo.o
