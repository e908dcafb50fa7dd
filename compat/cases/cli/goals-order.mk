# Goals on the command line are built in the given order; MAKECMDGOALS lists them (manual 9.2).
#| args: b a b
$(info MAKECMDGOALS=$(MAKECMDGOALS))
a b: ; @echo $@
