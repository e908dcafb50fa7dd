#| args: -rR -p -q
#| normalise: database
# Static pattern rules: each target gets its own entry with the stem recorded.
OBJS = a.o b.o dir/c.o
all: $(OBJS)
$(OBJS): %.o: %.c | outdir
	@echo $* $< $@
$(OBJS:.o=.c): ; @:
outdir: ; @:
