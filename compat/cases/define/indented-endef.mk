# An endef indented with spaces still ends the define.
define v
content
   endef
$(info [$(v)])
all: ; @:
