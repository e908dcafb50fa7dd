# "make -n prog" with prog.c and LDLIBS/LOADLIBES/LDFLAGS set: the one-step %: %.c rule's exact line.
#| setup: touch prog.c
#| args: -n prog
LDFLAGS = -L/lib
LDLIBS = -lm
LOADLIBES = -lold
CPPFLAGS = -I.
