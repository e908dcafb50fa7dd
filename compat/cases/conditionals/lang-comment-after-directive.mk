# comment after directive
ifeq (a,a) # comment
$(info c)
endif # done
all: ; @:
