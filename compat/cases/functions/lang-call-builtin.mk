# call builtin
$(info $(call subst,a,b,banana))
all: ; @:
