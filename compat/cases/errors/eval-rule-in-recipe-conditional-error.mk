# The line after a rule `$(eval)`ed from a recipe is an invalid conditional: GNU stops at
# the conditional (the rule was not recorded yet).
define E
x: y
ifeq (a
endif
endef
all:
	$(eval $(E))@echo never
