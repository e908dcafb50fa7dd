# undefine define
define X
v
endef
undefine X
$(info [$(X)] $(origin X))
all: ; @:
