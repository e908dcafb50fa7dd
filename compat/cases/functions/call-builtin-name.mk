# $(call) of a variable that does not exist expands to nothing; call of a builtin name calls it.
$(info [$(call nothing,a)] [$(call subst,a,b,banana)])
all: ; @:
