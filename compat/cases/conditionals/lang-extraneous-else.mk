# extraneous else
else
all: ; @:
