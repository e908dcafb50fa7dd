# nested define
define OUTER
define INNER
x
endef
endef
$(info [$(OUTER)])
all: ; @:
