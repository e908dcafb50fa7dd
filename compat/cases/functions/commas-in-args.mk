# Commas in function args: a variable holding a comma, parens protecting commas.
comma := ,
empty :=
space := $(empty) $(empty)
list = a b c
$(info [$(subst $(space),$(comma),$(list))])
$(info [$(subst (a,b),X,(a,b) rest)])
$(info [$(patsubst %,f(%,x),a)])
all: ; @:
