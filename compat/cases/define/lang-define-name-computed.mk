# define name computed
n = X
define $(n)
v
endef
$(info [$(X)])
all: ; @:
