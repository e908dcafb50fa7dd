# Static pattern rules: targets: target-pattern: prereq-patterns (manual 4.12).
#| setup: touch a.c b.c
objects = a.o b.o
all: $(objects)
$(objects): %.o: %.c
	@echo compile $< to $@ stem $*
