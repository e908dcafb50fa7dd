# append op
X = a
define X +=
b
endef
$(info [$(X)])
all: ; @:
