#| setup: touch a.c
a.o: a.c
	@echo explicit
%.o: %.c
	@echo pattern
