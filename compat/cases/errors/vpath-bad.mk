# "vpath" with no arguments and "vpath %.c" with no directories are accepted (they clear search paths).
vpath
vpath %.c
all: ; @echo ok
