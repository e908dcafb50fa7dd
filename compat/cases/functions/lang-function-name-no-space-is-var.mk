# function name no space is var
info = var
$(info $(info))
all: ; @:
