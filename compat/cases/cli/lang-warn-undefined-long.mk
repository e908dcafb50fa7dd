# warn undefined long
#| args: --warn-undefined-variables
$(info [$(U)])
all: ; @:
