# $(call) with arguments that are empty; $(0) is the variable name even when computed.
f = [$(0)][$(1)][$(2)]
name = f
$(info $(call $(name),,x))
all: ; @:
