# makecmdgoals
#| args: one all
all one: ; @echo $@ [$(MAKECMDGOALS)]
all: ; @:
