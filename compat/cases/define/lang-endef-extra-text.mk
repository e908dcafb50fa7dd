# endef extra text
define X
v
endef junk
$(info [$(X)])
all: ; @:
