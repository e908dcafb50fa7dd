# empty name
define
v
endef
all: ; @:
