# basic
define X
line one
line two
endef
$(info [$(X)])
all: ; @:
