# .POSIX switches built-in variables to POSIX values in 4.3 (CC=c99, CFLAGS=-O1, ARFLAGS=-rvU).
.POSIX:
$(info CC=$(CC) CFLAGS=[$(CFLAGS)] ARFLAGS=$(ARFLAGS))
all: ; @:
