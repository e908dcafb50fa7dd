all: foo.c foo.o x.y
foo.c foo.o x.y:
	@echo [$*]
