# $() and $( ) reference empty/blank variable names (nothing); $$ stays $; $(  x) with leading blanks is NOT $(x).
x = ex
$(info [$()] [$( )] [$$] [$(  x)] [$(x)])
all: ; @:
