#| args: a.h a.c
#| setup: touch a.y
%.c %.h: %.y
	@echo making $@ from $<
