# silent long
#| args: --silent
all: ; echo loud