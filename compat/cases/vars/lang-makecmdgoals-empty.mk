# makecmdgoals empty
$(info [$(MAKECMDGOALS)] $(origin MAKECMDGOALS))
all: ; @:
