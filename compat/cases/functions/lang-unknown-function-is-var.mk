# unknown function is var
$(info [$(frobnicate a b)])
all: ; @:
