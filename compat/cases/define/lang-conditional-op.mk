# conditional op
X = keep
define X ?=
new
endef
define Y ?=
new
endef
$(info $(X) $(Y))
all: ; @:
