# wildcard question class
#| setup: touch a.c ab.c ax.c bx.c cx.c
$(info $(wildcard ?.c [ab]x.c))
all: ; @:
