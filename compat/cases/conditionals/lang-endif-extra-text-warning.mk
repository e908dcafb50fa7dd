# endif extra text warning
ifeq (a,a)
endif junk
$(info after)
all: ; @:
