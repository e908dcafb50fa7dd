# -p with the built-in rules and a real run: the intermediate file is removed afterwards.
#| args: -p
#| setup: touch foo.c
#| normalise: database
CC = @echo cc
all: foo.o
	@echo done
