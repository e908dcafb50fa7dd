# f attached
#| args: -fother.mk
#| setup: echo "x: ; @echo from other" > other.mk
all: ; @echo from Makefile