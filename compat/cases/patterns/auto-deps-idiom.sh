# Auto-dependency idiom: include $(SRCS:.c=.d) with a %.d rule; note 4.3 remakes the included files in REVERSE order (b.d before a.d), then restarts.
touch a.c b.c
cat > Makefile <<'M'
SRCS = a.c b.c
all: $(SRCS:.c=.o)
%.o: %.c
	@echo compile $@
	@touch $@
%.d: %.c
	@echo depend $@
	@echo '$*.o: $*.c' > $@
include $(SRCS:.c=.d)
M
make; echo "exit=$?"
make; echo "exit=$?"
