all: a.out
a.out: %.out: %.in
	@echo $@ $<
%.in:
	@echo gen $@
