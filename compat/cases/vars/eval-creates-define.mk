# $(eval) can create a multi-line variable with define/endef held in another define.
define maker
define made
line one
line two
endef
endef
$(eval $(maker))
$(info [$(made)])
all: ; @:
