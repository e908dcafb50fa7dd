# equals op
define X =
val
endef
$(info $(X) $(flavor X))
all: ; @:
