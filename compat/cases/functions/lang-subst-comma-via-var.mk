# subst comma via var
c := ,
$(info $(subst $(c), ,a,b,c))
all: ; @:
