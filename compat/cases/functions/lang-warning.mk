# warning
$(warning careful)
$(info after)
all: ; @:
