# default goal variable
$(info [$(.DEFAULT_GOAL)])
first: ; @:
$(info [$(.DEFAULT_GOAL)])
second: ; @:
all: ; @: