# else extra text warning
ifeq (a,b)
else junk
$(info in-else)
endif
all: ; @:
