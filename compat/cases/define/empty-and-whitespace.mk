# An empty define is defined but empty; leading blank lines in the body are kept.
define empty
endef
define blank

x
endef
$(info [$(empty)] $(flavor empty) [$(blank)])
all: ; @:
