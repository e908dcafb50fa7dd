# makefile list order
#| setup: touch a.mk b.mk
include a.mk
X := $(MAKEFILE_LIST)
include b.mk
$(info [$(X)] [$(MAKEFILE_LIST)])
all: ; @:
