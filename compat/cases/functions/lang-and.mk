# and
$(info [$(and a,b,c)] [$(and a,,$(error lazy))])
all: ; @:
