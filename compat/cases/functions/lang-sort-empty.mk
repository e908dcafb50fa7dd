# sort empty
$(info [$(sort   )])
all: ; @:
