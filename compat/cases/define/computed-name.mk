# The name after define is expanded: define $(prefix)_body.
prefix = my
define $(prefix)_body
computed
endef
$(info [$(my_body)])
all: ; @:
