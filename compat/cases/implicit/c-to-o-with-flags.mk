# CFLAGS/CPPFLAGS/TARGET_ARCH feed the built-in C rule.
#| setup: touch foo.c
#| args: -n foo.o
CFLAGS = -O2 -g
CPPFLAGS = -DX=1
TARGET_ARCH = -m64
