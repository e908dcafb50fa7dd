# f twice
#| args: -f a.mk -f b.mk
#| setup: echo "A = 1" > a.mk
#| setup: echo 'b: ; @echo A=$(A) $(MAKEFILE_LIST)' > b.mk
all: ; @: