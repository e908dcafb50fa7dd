# Missing goal with a directory part is quoted as given.
#| args: sub/dir/x.o
all: ; @:
