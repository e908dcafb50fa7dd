# f long equals
#| args: --file=other.mk
#| setup: echo "x: ; @echo from other" > other.mk
all: ; @echo main