# Commas inside function calls in an ifeq argument do not split the arguments.
ifeq ($(subst a,b,aaa),bbb)
$(info matched)
endif
all: ; @:
