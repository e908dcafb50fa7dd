# basic
#| setup: echo X = from-inc > inc.mk
include inc.mk
$(info [$(X)] $(MAKEFILE_LIST))
all: ; @:
