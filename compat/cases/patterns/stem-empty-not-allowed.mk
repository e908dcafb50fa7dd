# A stem must be non-empty: target ".o" does not match %.o (built-in rules off with -r).
#| args: -r .o
%.o: ; @echo matched $@ stem=[$*]
