# A malformed ifeq is "invalid syntax in conditional".
ifeq (a,b
endif
all: ; @:
