# $(wildcard) on a missing directory or a plain existing file name.
#| setup: touch exists
$(info [$(wildcard nodir/*.c)] [$(wildcard exists)] [$(wildcard ./exists)])
all: ; @:
