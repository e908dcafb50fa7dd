# endef with comment
define X
v
endef # trailing comment
$(info [$(X)])
all: ; @:
