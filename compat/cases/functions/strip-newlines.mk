# $(strip) turns newlines inside a value into single spaces too.
define v

  a

  b

endef
$(info [$(strip $(v))])
all: ; @:
