# "make clean all": goals run in order, and clean's removal is visible to all.
#| args: clean all
#| setup: echo old > out
.PHONY: clean all
all: out ; @cat out
out: ; @echo new > out
clean: ; @rm -f out; echo cleaned
