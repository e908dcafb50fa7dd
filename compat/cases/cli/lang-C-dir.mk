# C dir
#| args: -C sub
#| setup: mkdir sub
#| setup: echo "x: ; @echo in sub" > sub/Makefile
all: ; @: