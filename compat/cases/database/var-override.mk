#| args: -rR -p -q CMD=cmd
#| normalise: database
# The override directive: its origin comment carries the location, += on an override variable.
override CMD = over
override CMD += more
override SIMPLE := simple
override define DEF
multi
line
endef
override undefine GONE
all: ; @:
