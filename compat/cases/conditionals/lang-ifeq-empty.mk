# ifeq empty
ifeq ($(nothere),)
$(info empty)
endif
all: ; @:
