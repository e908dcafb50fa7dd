# "define v=" with the operator glued to the name is accepted (recursive).
define v=
glued
endef
$(info [$(v)] $(flavor v))
all: ; @:
