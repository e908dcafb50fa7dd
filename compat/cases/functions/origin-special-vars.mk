# $(origin) of make's own special variables.
$(info $(origin MAKEFILE_LIST) $(origin .DEFAULT_GOAL) $(origin MAKECMDGOALS) $(origin .FEATURES) $(origin MAKELEVEL) $(origin MAKE) $(origin MAKE_RESTARTS))
all: ; @:
