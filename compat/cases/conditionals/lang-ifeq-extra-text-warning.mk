# ifeq extra text warning
ifeq (a,a) junk
$(info taken)
endif
all: ; @:
