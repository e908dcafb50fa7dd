# A pattern rule with no recipe cancels a built-in rule (manual 10.5.6).
#| setup: touch foo.c
#| args: foo.o
%.o: %.c
