#| setup: touch foo.c
%.o: %.c
	@echo $@ from $< stem $*
all: foo.o
