# command line beats file
#| args: X=cli
X = file
$(info [$(X)] $(origin X))
all: ; @:
