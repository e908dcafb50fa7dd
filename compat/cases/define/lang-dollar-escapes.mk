# dollar escapes
define X
$$HOME and $$$$
endef
$(info [$(X)])
all: ; @:
