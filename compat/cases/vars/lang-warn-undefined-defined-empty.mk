# warn undefined defined empty
#| args: --warn-undefined-variables
e =
$(info [$(e)])
all: ; @:
