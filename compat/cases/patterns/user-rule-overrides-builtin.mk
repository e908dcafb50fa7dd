# A user %.o: %.c rule replaces the built-in one.
#| setup: touch foo.c
#| args: foo.o
%.o: %.c ; @echo user rule for $@
