# call undefined
$(info [$(call nothere,a)])
all: ; @:
