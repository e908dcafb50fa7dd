# $(if) expands only the chosen branch.
$(info [$(if x,taken,$(error not evaluated))])
$(info [$(if ,$(error not evaluated),else)])
all: ; @:
