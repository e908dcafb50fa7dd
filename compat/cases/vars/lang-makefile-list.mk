# makefile list
x := $(MAKEFILE_LIST)
$(info [$(x)])
all: ; @:
