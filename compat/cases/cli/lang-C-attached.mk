# C attached
#| args: -Csub
#| setup: mkdir sub
#| setup: echo "x: ; @echo in sub" > sub/Makefile
all: ; @: