# if basic
$(info [$(if x,yes,no)] [$(if ,yes,no)] [$(if ,yes)])
all: ; @:
