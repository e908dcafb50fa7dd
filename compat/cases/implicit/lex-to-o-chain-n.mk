# A chain .l -> .c -> .o under -n, with the intermediate scan.c removed at the end.
#| setup: touch scan.l
#| args: -n scan.o
