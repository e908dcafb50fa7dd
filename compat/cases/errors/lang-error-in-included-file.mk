# error in included file
#| setup: printf "a = 1\n\$(error in include)\n" > inc.mk
include inc.mk
all: ; @:
