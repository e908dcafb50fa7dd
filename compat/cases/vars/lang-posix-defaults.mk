# posix defaults
.POSIX:
$(info CC=$(CC) CFLAGS=[$(CFLAGS)] ARFLAGS=$(ARFLAGS) $(.SHELLFLAGS))
all: ; @:
