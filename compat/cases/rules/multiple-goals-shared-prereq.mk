# A prerequisite shared by two goals is built only once per run.
#| args: a b
a b: shared ; @echo $@
shared: ; @echo shared
