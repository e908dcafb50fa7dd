# $(findstring find,in) returns find or empty.
$(info [$(findstring a,a b c)] [$(findstring a,b c)] [$(findstring b c,a b c)] [$(findstring ,abc)])
all: ; @:
