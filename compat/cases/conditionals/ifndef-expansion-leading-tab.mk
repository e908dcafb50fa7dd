# The same rule for ifndef, with a tab before the name coming from a variable.
tab := $(subst S,	,S)
ifndef $(tab)name
$(info taken)
endif
all: ; @:
