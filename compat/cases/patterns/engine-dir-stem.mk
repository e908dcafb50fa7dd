#| args: src/foo.o
#| setup: mkdir src; touch src/foo.c
%.o: %.c
	@echo $@ $< $* $(*D) $(*F)
