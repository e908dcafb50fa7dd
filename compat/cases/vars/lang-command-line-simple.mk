# command line simple
#| args: X:=a
$(info [$(X)] $(flavor X))
all: ; @:
