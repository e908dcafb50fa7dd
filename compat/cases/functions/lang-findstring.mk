# findstring
$(info [$(findstring a,a b c)] [$(findstring x,a b c)] [$(findstring b c,a b c)])
all: ; @:
