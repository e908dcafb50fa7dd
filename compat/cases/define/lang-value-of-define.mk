# value of define
define X
$(A)
endef
$(info [$(value X)])
all: ; @:
