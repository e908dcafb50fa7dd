# make version
$(info $(MAKE_VERSION))
all: ; @:
