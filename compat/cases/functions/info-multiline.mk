# $(info) of a value with embedded newlines prints them.
define two
line1
line2
endef
$(info $(two))
all: ; @:
