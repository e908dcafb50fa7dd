# missing endef
define X
v

all: ; @:
