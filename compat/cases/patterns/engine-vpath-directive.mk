#| args: foo.o
#| setup: mkdir src; touch src/foo.c
vpath %.c src
%.o: %.c
	@echo $@ from $<
