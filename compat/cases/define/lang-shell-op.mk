# shell op
define X !=
echo from shell
endef
$(info [$(X)])
all: ; @:
