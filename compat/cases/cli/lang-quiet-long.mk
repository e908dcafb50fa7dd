# quiet long
#| args: --quiet
all: ; echo loud