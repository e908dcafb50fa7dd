# A define without endef is a fatal error.
define x
body
all: ; @:
