# nested
#| setup: echo include b.mk > a.mk
#| setup: echo B = 1 > b.mk
include a.mk
$(info $(MAKEFILE_LIST))
all: ; @:
