# Under -q a recipe whose line expands to a vertical tab has a command to ask about: the
# target is not up to date (status 1); one whose line expands to a newline asks nothing.
#| args: -q b
vt := $(shell printf '\013')
define nl


endef
a: ; $(nl)
b: ; $(vt)
