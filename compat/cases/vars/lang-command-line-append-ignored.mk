# command line append ignored
#| args: X=cli
X += file
$(info [$(X)])
all: ; @:
