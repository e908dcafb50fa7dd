# comment lines kept
define X
# not a comment
v
endef
$(info [$(X)])
all: ; @:
