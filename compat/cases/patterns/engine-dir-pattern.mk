#| args: out/foo.o
#| setup: mkdir out; touch foo.c
out/%.o: %.c
	@echo $@ $< $*
