# trailing spaces kept
define X
v  
endef
$(info [$(X)])
all: ; @:
