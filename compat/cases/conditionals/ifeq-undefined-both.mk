# ifeq of two undefined variables is true (both empty).
ifeq ($(nothere),$(alsonot))
$(info equal)
endif
all: ; @:
