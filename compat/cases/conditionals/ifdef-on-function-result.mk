# ifdef with a name containing a function call: the name is computed first.
VAR_yes = 1
ifdef VAR_$(if x,yes,no)
$(info computed yes)
endif
all: ; @:
