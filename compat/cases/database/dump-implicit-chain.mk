# -pn with the built-in rules: implicit prerequisites, stems, an intermediate file,
# automatic variables of each recipe printed.
#| args: -pn
#| setup: touch foo.c bar.y
#| normalise: database
all: foo.o bar.o
	@echo done
foo.o: CFLAGS = -O2
