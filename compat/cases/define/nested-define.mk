# A define inside a define body is kept as text (nesting is counted).
define outer
define inner
x
endef
endef
$(info [$(outer)])
$(eval $(outer))
$(info inner=[$(inner)])
all: ; @:
