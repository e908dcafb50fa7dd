# C silent no directory lines
#| args: -s -C sub
#| setup: mkdir sub
#| setup: echo "x: ; @echo in sub" > sub/Makefile
all: ; @: