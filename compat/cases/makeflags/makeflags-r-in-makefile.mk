# MAKEFLAGS += -r in the makefile disables built-in rules for this make (manual 5.7.3).
#| setup: touch foo.c
MAKEFLAGS += -r
all: foo.o
