# indented endef
define X
v
  endef
$(info [$(X)])
all: ; @:
