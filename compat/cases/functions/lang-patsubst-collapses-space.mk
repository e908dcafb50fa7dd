# patsubst collapses space
$(info [$(patsubst %,<%>,  a   b  )])
all: ; @:
