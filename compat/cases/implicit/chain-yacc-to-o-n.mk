# A chain .y -> .c -> .o under -n, including the intermediate's removal line.
#| setup: touch gram.y
#| args: -n gram.o
