# tab endef is body
define X
v
	endef
endef
$(info [$(X)])
all: ; @:
