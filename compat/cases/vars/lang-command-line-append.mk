# command line append
#| args: X+=a
$(info [$(X)] $(origin X))
all: ; @:
