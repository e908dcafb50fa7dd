# With prog.o present, "make -n prog" links it with $(LINK.o).
#| setup: touch prog.o
#| args: -n prog
LDLIBS = -lm
