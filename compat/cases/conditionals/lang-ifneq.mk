# ifneq
ifneq (a,b)
$(info differ)
endif
all: ; @:
