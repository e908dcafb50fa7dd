# ifeq parens
ifeq (a,a)
$(info yes)
endif
all: ; @:
