# Pattern rules never become the default goal.
%.x: ; @echo pattern $@
real: ; @echo real
