# undefine command line
#| args: X=1
undefine X
$(info [$(X)])
all: ; @:
