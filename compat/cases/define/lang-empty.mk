# empty
define X
endef
$(info [$(X)] $(origin X))
all: ; @:
