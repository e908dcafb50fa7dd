# Whitespace around the define name is ignored.
define   spaced   
val
endef
$(info [$(spaced)])
all: ; @:
