# makefile long
#| args: --makefile other.mk
#| setup: echo "x: ; @echo from other" > other.mk
all: ; @echo main