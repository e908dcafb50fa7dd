# parse time value
#| args: -k -s -Idir X=1
$(info [$(MAKEFLAGS)])
all: ; @:
