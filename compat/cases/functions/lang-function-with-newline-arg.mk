# function with newline arg
define nl


endef
$(info [$(subst $(nl), ,a$(nl)b)])
all: ; @:
