# call basic
rev = $(2) $(1)
$(info $(call rev,a,b))
all: ; @:
