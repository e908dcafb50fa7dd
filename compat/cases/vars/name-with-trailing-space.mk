# Whitespace between the name and the operator is not part of the name.
name    =    value
$(info [$(name)])
all: ; @:
