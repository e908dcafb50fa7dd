# An unknown "function" is just a variable reference with a space in its name: empty.
$(info [$(frobnicate a,b)])
all: ; @:
