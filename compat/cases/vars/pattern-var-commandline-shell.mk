# A pattern-specific `!=` for a variable given on the command line: GNU gives the line the
# command-line value when it reads it but keeps the operator, so when the pattern applies
# to a file the shell runs the command-line value (`cmd`: not found, once per file) and
# the file's value is its empty output. A target-specific `!=` runs at reading time and is
# then replaced by the command-line value.
#| args: X=cmd
#| check: missing-program-ok
V = global
%.o: X != echo shell-8
all: X != echo shell-0
all: lib a.o b.o
	@echo all [$(X)]
lib: a.o
	@echo lib [$(X)]
a.o b.o:
	@echo $@ [$(X)]
