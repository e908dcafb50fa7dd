# sinclude missing
sinclude nothere.mk
$(info survived)
all: ; @:
