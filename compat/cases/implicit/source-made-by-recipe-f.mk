#| args: -f Makefile
# Under -f the working directory is listed while make looks for rules to remake the
# makefile (built-in rules), still before any recipe runs.
all: gen use
gen: ; @touch made.c
use: made.o
%.o: %.c ; @echo 'compile $< -> $@'
