# recursive flavor
define X
$(Y)
endef
Y = late
$(info $(X) $(flavor X))
all: ; @:
