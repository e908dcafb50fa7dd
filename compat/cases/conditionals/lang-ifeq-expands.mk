# ifeq expands
x = 1
ifeq ($(x),1)
$(info expanded)
endif
all: ; @:
