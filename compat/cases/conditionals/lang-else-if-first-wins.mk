# else if first wins
ifeq (1,1)
$(info first)
else ifeq (1,1)
$(info second)
endif
all: ; @:
