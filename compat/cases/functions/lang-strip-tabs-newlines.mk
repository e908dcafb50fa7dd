# strip tabs newlines
define nl


endef
$(info [$(strip a$(nl)b	c)])
all: ; @:
