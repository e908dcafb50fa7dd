#| args: -rR -p -q
#| normalise: database
# define in all its forms: multi-line values, flavors, empty bodies, override, export.
define MULTI
line one
	line two with tab
line $(three)
endef
define SIMPLE :=
simple $(MULTI)
endef
define EMPTY
endef
define ONE_LINE =
only line
endef
define APPENDED
first
endef
define APPENDED +=
second
endef
override define FORCED
forced
value
endef
export define EXPORTED
exported
endef
define WITH_HASH
a # not a comment
b \
c
endef
all: ; @:
