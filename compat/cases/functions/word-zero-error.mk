# $(word 0,...) is a fatal error with a specific message (manual 8.2).
$(info before)
x := $(word 0,a b)
all: ; @:
