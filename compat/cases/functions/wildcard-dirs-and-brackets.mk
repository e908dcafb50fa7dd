# $(wildcard) with directories, ? and [] patterns, and a trailing slash.
#| setup: mkdir -p d1 d2 && touch d1/x.o d2/y.o a1 a2 b1
$(info [$(wildcard */*.o)] [$(wildcard a?)] [$(wildcard [ab]1)] [$(wildcard d*/)])
all: ; @:
