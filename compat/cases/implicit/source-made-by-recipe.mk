# A source an earlier recipe made is not seen by implicit rule search in a directory GNU
# already listed (here the working directory).
all: gen use
gen: ; @touch made.c
use: made.o
%.o: %.c ; @echo 'compile $< -> $@'
