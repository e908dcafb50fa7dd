# warn undefined
#| args: --warn-undefined-variables
$(info [$(nothere)])
all: ; @:
