# $(addsuffix) and $(addprefix), empty lists give empty results.
$(info [$(addsuffix .c,foo bar)] [$(addprefix src/,foo bar)] [$(addprefix x,)] [$(addsuffix ,a b)])
all: ; @:
