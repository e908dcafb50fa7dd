# eval returns empty
$(info [$(eval Z = 1)])
all: ; @:
