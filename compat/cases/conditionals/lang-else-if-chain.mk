# else if chain
x = 2
ifeq ($(x),1)
$(info one)
else ifeq ($(x),2)
$(info two)
else
$(info other)
endif
all: ; @:
