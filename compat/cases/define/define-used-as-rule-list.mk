# A define with several rules evaluated by $(eval) creates all of them.
define rules
x: ; @echo rule x
y: ; @echo rule y
endef
$(eval $(rules))
all: x y ; @:
.DEFAULT_GOAL := all
