.SECONDEXPANSION:
all: a.x b.x
a.x b.x: %.x: $$*.in
	@echo $@ $<
a.in b.in:
	@echo $@
